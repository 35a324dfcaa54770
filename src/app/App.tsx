import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';

// Each page is its own chunk, so the home page carries no worksheet, chart or PDF code.
const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    // Shown for the moment the first lazy page takes to load.
    HydrateFallback: () => (
      <p role="status" className="page-loading">
        Loading…
      </p>
    ),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./HomePage')).HomePage }) },
      { path: 'my-details', lazy: async () => ({ Component: (await import('./LearnerDetailsPage')).LearnerDetailsPage }) },
      { path: 'backup', lazy: async () => ({ Component: (await import('./BackupPage')).BackupPage }) },
      { path: 'units', lazy: async () => ({ Component: (await import('../achievement/AchievementPage')).AchievementPage }) },
      { path: 'units/log', lazy: async () => ({ Component: (await import('./QualificationLogPage')).QualificationLogPage }) },
      { path: 'units/:unitCode/log', lazy: async () => ({ Component: (await import('./UnitLogPage')).UnitLogPage }) },
      { path: 'open', lazy: async () => ({ Component: (await import('../share/OpenSharedPage')).OpenSharedPage }) },
      { path: 'portfolio', lazy: async () => ({ Component: (await import('../portfolio/PortfolioPage')).PortfolioPage }) },
      { path: 'workbooks/:unitCode/:example?', lazy: async () => ({ Component: (await import('./OpenWorkbookPage')).OpenWorkbookPage }) },
      { path: 'documents/:documentId/:sectionId?', lazy: async () => ({ Component: (await import('./DocumentPage')).DocumentPage }) },
      { path: 'demo', lazy: async () => ({ Component: (await import('../demo/DemoHomePage')).DemoHomePage }) },
      { path: 'demo/:worksheetId/:sectionId?', lazy: async () => ({ Component: (await import('../demo/DemoDocumentPage')).DemoDocumentPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }) },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
