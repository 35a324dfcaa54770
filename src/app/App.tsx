import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { ScrollByPath } from './ScrollByPath';

/**
 * One page, loaded on demand from a chunk of its own, so the home page carries no worksheet, chart
 * or PDF code. Declarative routes, not the data router: the app uses no loaders, actions or
 * blockers, and the data router cost about 30 KB gzip of every page (see the README's performance
 * section). Navigations run in a transition, so the page on screen stays until the next one is ready.
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

export function App() {
  return (
    <BrowserRouter>
      <ScrollByPath />
      <Routes>
        <Route path="/" element={<Layout />}>
          <Route index element={page(async () => (await import('./HomePage')).HomePage)} />
          <Route path="my-details" element={page(async () => (await import('./LearnerDetailsPage')).LearnerDetailsPage)} />
          <Route path="backup" element={page(async () => (await import('./BackupPage')).BackupPage)} />
          <Route path="units" element={page(async () => (await import('../achievement/AchievementPage')).AchievementPage)} />
          <Route path="units/log" element={page(async () => (await import('./QualificationLogPage')).QualificationLogPage)} />
          <Route path="units/:unitCode/log" element={page(async () => (await import('./UnitLogPage')).UnitLogPage)} />
          <Route path="open" element={page(async () => (await import('../share/OpenSharedPage')).OpenSharedPage)} />
          <Route path="portfolio" element={page(async () => (await import('../portfolio/PortfolioPage')).PortfolioPage)} />
          <Route path="workbooks/:unitCode/:example?" element={page(async () => (await import('./OpenWorkbookPage')).OpenWorkbookPage)} />
          <Route path="documents/:documentId/:sectionId?" element={page(async () => (await import('./DocumentPage')).DocumentPage)} />
          <Route path="demo" element={page(async () => (await import('../demo/DemoHomePage')).DemoHomePage)} />
          <Route path="demo/:worksheetId/:sectionId?" element={page(async () => (await import('../demo/DemoDocumentPage')).DemoDocumentPage)} />
          <Route path="*" element={page(async () => (await import('./NotFoundPage')).NotFoundPage)} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
