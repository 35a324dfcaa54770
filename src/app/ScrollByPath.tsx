import { useLayoutEffect } from 'react';
import { restoreScroll, rememberScroll } from './scroll-by-path';
import { usePlace } from './routing';

/**
 * Scroll restoration by path, not by history entry (what the data router's ScrollRestoration did
 * with getKey = pathname): a page opened again, by a link, Back or a reload, starts where it was
 * last left; a page never seen starts at the top; an address with #id goes to that element.
 */
export function ScrollByPath() {
  // The path and #id of the page on screen, so both move on together when the next page is shown.
  const { pathname, hash } = usePlace();
  useLayoutEffect(() => {
    restoreScroll(pathname, hash);
    return rememberScroll(pathname);
  }, [pathname, hash]);
  return null;
}
