import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { restoreScroll, rememberScroll } from './scroll-by-path';

/**
 * Scroll restoration by path, not by history entry (what the data router's ScrollRestoration did
 * with getKey = pathname): a page opened again, by a link, Back or a reload, starts where it was
 * last left; a page never seen starts at the top; an address with #id goes to that element.
 */
export function ScrollByPath() {
  const { pathname, hash } = useLocation();
  useLayoutEffect(() => {
    restoreScroll(pathname, hash);
    return rememberScroll(pathname);
  }, [pathname, hash]);
  return null;
}
