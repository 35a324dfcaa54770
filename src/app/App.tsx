import type { ComponentType } from 'react';
import { parse as parseRoutePattern } from 'regexparam';
import { matchRoute, Route, useLocation } from 'wouter';
import { lazyPage, withinTime, type LazyPage } from './lazy-page';
import { Layout } from './Layout';
import { AppRouter } from './routing';
import { ScrollByPath } from './ScrollByPath';
import { whenStoreRead } from '../storage/documents-store';

/**
 * A page that shows or changes the learner's saved work: it waits for the store to be read (the
 * schemas that check stored work load on demand), fetched alongside the page's own code. The home
 * page does not wait: its worksheets show at once, and its document lists wait on their own.
 */
const withStoredWork = (load: () => Promise<ComponentType>) => async () => (await Promise.all([load(), whenStoreRead()]))[0];

/**
 * Every page, each loaded on demand from a chunk of its own, so the home page carries no worksheet,
 * chart or PDF code; the first whose path matches the address is shown, and the last, with no path,
 * catches every other address. wouter, not React Router: the app uses only links, params and
 * navigate, and React Router cost every page 10.2 KB gzip more (see the README's performance
 * section). Each page is made once, here, not at each render, so its lazy component stays the same one.
 */
const routes: ReadonlyArray<{ path?: string; page: LazyPage }> = [
  { path: '/', page: lazyPage(async () => (await import('./HomePage')).HomePage) },
  { path: '/my-details', page: lazyPage(withStoredWork(async () => (await import('./LearnerDetailsPage')).LearnerDetailsPage)) },
  { path: '/backup', page: lazyPage(withStoredWork(async () => (await import('./BackupPage')).BackupPage)) },
  { path: '/units', page: lazyPage(withStoredWork(async () => (await import('../achievement/AchievementPage')).AchievementPage)) },
  { path: '/units/log', page: lazyPage(withStoredWork(async () => (await import('./QualificationLogPage')).QualificationLogPage)) },
  { path: '/units/:unitCode/log', page: lazyPage(withStoredWork(async () => (await import('./UnitLogPage')).UnitLogPage)) },
  { path: '/open', page: lazyPage(withStoredWork(async () => (await import('../share/OpenSharedPage')).OpenSharedPage)) },
  { path: '/portfolio', page: lazyPage(withStoredWork(async () => (await import('../portfolio/PortfolioPage')).PortfolioPage)) },
  { path: '/workbooks/:unitCode/:example?', page: lazyPage(withStoredWork(async () => (await import('./OpenWorkbookPage')).OpenWorkbookPage)) },
  { path: '/documents/:documentId/:sectionId?', page: lazyPage(withStoredWork(async () => (await import('./DocumentPage')).DocumentPage)) },
  { path: '/demo', page: lazyPage(withStoredWork(async () => (await import('../demo/DemoHomePage')).DemoHomePage)) },
  { path: '/demo/:worksheetId/:sectionId?', page: lazyPage(withStoredWork(async () => (await import('../demo/DemoDocumentPage')).DemoDocumentPage)) },
  { page: lazyPage(withStoredWork(async () => (await import('./NotFoundPage')).NotFoundPage)) },
];

// wouter's own parser, so an address matches here exactly as it does in a <Route>.
const routeFor = (pathname: string) => routes.find(({ path }) => path === undefined || matchRoute(parseRoutePattern, path, pathname)[0])!;

/**
 * Loads the page at this address before the app first renders, if it arrives within `ms` (see
 * lazy-page.tsx), and reads the learner's saved work in the same time: the home page does not wait
 * for it, but its document lists, filled as it is read, would push its worksheets down the screen.
 */
export const loadFirstPage = (pathname: string, ms: number) =>
  Promise.all([routeFor(pathname).page.loadBeforeFirstRender(ms), withinTime(whenStoreRead(), ms)]);

/**
 * The page at the address. Navigations run in a transition (AppRouter), so the page on screen stays
 * until the next one is ready: every route renders the same Route and Suspense here, so React keeps
 * the boundary and shows no "Loading…" between.
 */
function Pages() {
  const [pathname] = useLocation();
  const { path, page } = routeFor(pathname);
  return <Route path={path}>{page.element}</Route>;
}

export function App() {
  return (
    <AppRouter>
      <ScrollByPath />
      <Layout>
        <Pages />
      </Layout>
    </AppRouter>
  );
}
