import { createContext, startTransition, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { Link, Router, useLocation } from 'wouter';
import { navigate } from 'wouter/use-browser-location';

/*
 * wouter (2.8 KB gzip with its dependencies, for React Router's ≈ 13) set up for the whole app. Pages and the parts they
 * share import Link, useParams and useLocation straight from wouter, not from here: feature folders
 * and ui/ never import app/ (eslint.boundaries.js), and a page needs nothing more than wouter gives.
 * This module holds only what the shell adds: the address kept in a transition, and NavLink.
 */

/** The address as the pages on screen see it: it moves on only when the next page is ready. */
type Place = { pathname: string; search: string; hash: string; state: unknown };

const here = (): Place => ({
  pathname: window.location.pathname,
  search: window.location.search,
  hash: window.location.hash,
  state: window.history.state,
});

const isSamePlace = (a: Place, b: Place) => a.pathname === b.pathname && a.search === b.search && a.hash === b.hash && a.state === b.state;

const PlaceContext = createContext<Place | null>(null);

/** The address the shell shows: the page's path, query, #id and history state, as one. */
export function usePlace(): Place {
  return useContext(PlaceContext) ?? here();
}

// wouter's own location hook reads the address with useSyncExternalStore, which React always
// renders at once: a lazy page not yet loaded would blank the page on screen for "Loading…". Held
// in state and set in a transition (as React Router did), the page on screen stays until the next
// is ready, for a Link, navigate, Back and a changed #id alike.
const usePath = (): [string, typeof navigate] => [usePlace().pathname, navigate];
const useSearchString = (): string => usePlace().search;

// wouter patches history.pushState and replaceState to fire events of these names (on import).
const PLACE_EVENTS = ['pushState', 'replaceState', 'popstate', 'hashchange'] as const;

/** The app's router: wouter on the browser's address, every navigation in a transition. */
export function AppRouter({ children }: { children: ReactNode }) {
  const [place, setPlace] = useState(here);
  useLayoutEffect(() => {
    const follow = () => {
      const next = here();
      startTransition(() => setPlace((previous) => (isSamePlace(previous, next) ? previous : next)));
    };
    follow();
    for (const name of PLACE_EVENTS) window.addEventListener(name, follow);
    return () => {
      for (const name of PLACE_EVENTS) window.removeEventListener(name, follow);
    };
  }, []);
  return (
    <PlaceContext.Provider value={place}>
      <Router hook={usePath} searchHook={useSearchString}>
        {children}
      </Router>
    </PlaceContext.Provider>
  );
}

type NavLinkProps = { to: string; className?: string; end?: boolean; children: ReactNode };

/**
 * A link of the main navigation, marked as the current page (class "active", aria-current="page")
 * on its own path and, unless `end`, on any path below it, as React Router's NavLink did.
 */
export function NavLink({ to, className, end = false, children }: NavLinkProps) {
  const [path] = useLocation();
  const isActive = isActivePath(path, to, end);
  return (
    <Link to={to} className={[className, isActive ? 'active' : undefined].filter(Boolean).join(' ') || undefined} aria-current={isActive ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Whether `path` is at `to` or, unless `end`, below it; "/" is only ever at itself. Case ignored, as React Router's NavLink. */
export function isActivePath(path: string, to: string, end: boolean): boolean {
  const current = path.toLowerCase();
  const wanted = to.toLowerCase();
  if (current === wanted) return true;
  // A slash just after `to` (or at its own trailing slash): "/units/log" is below "/units", "/unitsx" is not.
  const slashAt = wanted !== '/' && wanted.endsWith('/') ? wanted.length - 1 : wanted.length;
  return !end && current.startsWith(wanted) && current.charAt(slashAt) === '/';
}
