import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './Layout';
import { AppRouter } from './routing';
import { ScrollByPath } from './ScrollByPath';
import { whenStoreRead } from '../storage/documents-store';

/**
 * One page, loaded on demand from a chunk of its own, so the home page carries no worksheet, chart
 * or PDF code. wouter, not React Router: the app uses only links, params and navigate, and React
 * Router cost every page 10.2 KB gzip more (see the README's performance section). Navigations run
 * in a transition (AppRouter), so the page on screen stays until the next one is ready: every route
 * renders the same Route and Suspense, so React keeps the boundary and shows no "Loading…" between.
 */
function page(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense
      fallback={
        <p role="status" className="page-loading">
          Loading…
        </p>
      }
    >
      <Page />
    </Suspense>
  );
}

/**
 * A page that shows or changes the learner's saved work: it waits for the store to be read (the
 * schemas that check stored work load on demand), fetched alongside the page's own code. The home
 * page does not wait: its worksheets show at once, and its document lists wait on their own.
 */
const withStoredWork = (load: () => Promise<ComponentType>) => async () => (await Promise.all([load(), whenStoreRead()]))[0];

// Each page made once, not at each render, so its lazy component stays the same one.
const homePage = page(async () => (await import('./HomePage')).HomePage);
const learnerDetailsPage = page(withStoredWork(async () => (await import('./LearnerDetailsPage')).LearnerDetailsPage));
const backupPage = page(withStoredWork(async () => (await import('./BackupPage')).BackupPage));
const achievementPage = page(withStoredWork(async () => (await import('../achievement/AchievementPage')).AchievementPage));
const qualificationLogPage = page(withStoredWork(async () => (await import('./QualificationLogPage')).QualificationLogPage));
const unitLogPage = page(withStoredWork(async () => (await import('./UnitLogPage')).UnitLogPage));
const openSharedPage = page(withStoredWork(async () => (await import('../share/OpenSharedPage')).OpenSharedPage));
const portfolioPage = page(withStoredWork(async () => (await import('../portfolio/PortfolioPage')).PortfolioPage));
const openWorkbookPage = page(withStoredWork(async () => (await import('./OpenWorkbookPage')).OpenWorkbookPage));
const documentPage = page(withStoredWork(async () => (await import('./DocumentPage')).DocumentPage));
const demoHomePage = page(withStoredWork(async () => (await import('../demo/DemoHomePage')).DemoHomePage));
const demoDocumentPage = page(withStoredWork(async () => (await import('../demo/DemoDocumentPage')).DemoDocumentPage));
const notFoundPage = page(withStoredWork(async () => (await import('./NotFoundPage')).NotFoundPage));

export function App() {
  return (
    <AppRouter>
      <ScrollByPath />
      <Layout>
        {/* The first route that matches is shown; the last, with no path, catches every other address. */}
        <Switch>
          <Route path="/">{homePage}</Route>
          <Route path="/my-details">{learnerDetailsPage}</Route>
          <Route path="/backup">{backupPage}</Route>
          <Route path="/units">{achievementPage}</Route>
          <Route path="/units/log">{qualificationLogPage}</Route>
          <Route path="/units/:unitCode/log">{unitLogPage}</Route>
          <Route path="/open">{openSharedPage}</Route>
          <Route path="/portfolio">{portfolioPage}</Route>
          <Route path="/workbooks/:unitCode/:example?">{openWorkbookPage}</Route>
          <Route path="/documents/:documentId/:sectionId?">{documentPage}</Route>
          <Route path="/demo">{demoHomePage}</Route>
          <Route path="/demo/:worksheetId/:sectionId?">{demoDocumentPage}</Route>
          <Route>{notFoundPage}</Route>
        </Switch>
      </Layout>
    </AppRouter>
  );
}
