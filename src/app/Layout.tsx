import { lazy, Suspense, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { NavLink } from './routing';
import { followOtherTabs, useDocuments, useStoreReadStatus } from '../storage/documents-store';
import { requestPersistentStorage } from '../storage/browser-storage';
import { useSeedExample } from './use-seed-example';
import { useRefreshSummaries } from './use-refresh-summaries';
import { SaveStatusLine } from './SaveStatusLine';
import { registerOfflineSupport, useOfflineStatus } from './offline';
import { UpdateNotice } from './UpdateNotice';
import { DEMO_HOME, DEMO_ROOT_CLASS, isDemoPath } from '../demo/demo-paths';

// Loaded only in the class demo, so a learner's pages carry none of its code.
const DemoModeBar = lazy(async () => ({ default: (await import('../demo/DemoModeBar')).DemoModeBar }));

/** The first visit's worked example goes into the learner's own storage, so never from the class demo. */
function SeedFirstExample() {
  useSeedExample();
  useRefreshSummaries();
  return null;
}

// The notices (and the backup code with full zod behind them) load just after the page, not with it.
const StorageNotices = lazy(async () => ({ default: (await import('./StorageNotices')).StorageNotices }));

/** Every page's header, notices and footer, around the page itself (`children`). */
export function Layout({ children }: { children: ReactNode }) {
  // The class demo shows no learner's details, documents or storage notices, only its own bar.
  const isDemo = isDemoPath(useLocation()[0]);
  // The demo's large type is set before the first paint, not when its bar's code arrives, so the
  // page does not jump as everything grows.
  useLayoutEffect(() => {
    window.document.documentElement.classList.toggle(DEMO_ROOT_CLASS, isDemo);
  }, [isDemo]);
  useEffect(() => {
    void requestPersistentStorage();
    void registerOfflineSupport();
    return followOtherTabs();
  }, []);

  return (
    <>
      {!isDemo && <SeedFirstExample />}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to={isDemo ? DEMO_HOME : '/'} className="site-header__brand">
            Coursework Toolkit
          </NavLink>
          <nav aria-label="Main" hidden={isDemo}>
            <ul className="site-nav">
              <li>
                <NavLink to="/" end>
                  Worksheets
                </NavLink>
              </li>
              <li>
                <NavLink to="/units">Units</NavLink>
              </li>
              <li>
                <NavLink to="/portfolio">Portfolio pack</NavLink>
              </li>
              <li>
                <NavLink to="/my-details">My details</NavLink>
              </li>
              <li>
                <NavLink to="/backup">Back up and restore</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {isDemo && (
        <Suspense fallback={<div className="demo-bar" aria-hidden="true" />}>
          <DemoModeBar />
        </Suspense>
      )}
      <main id="main" tabIndex={-1}>
        <UpdateNotice />
        <StoreReadProblem />
        {!isDemo && (
          <Suspense fallback={null}>
            <StorageNotices />
          </Suspense>
        )}
        {children}
      </main>
      <footer className="site-footer">
        {!isDemo && <SaveStatusLine />}
        <p>
          Your work stays in this browser on this device. Nothing is sent anywhere.
          <OfflineReadyLine />
        </p>
      </footer>
    </>
  );
}

/** Saved work that could not be read because the code that checks it did not load: say so, and offer another try. */
function StoreReadProblem() {
  const readProblem = useStoreReadStatus((s) => s.readProblem);
  if (!readProblem) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <p>{readProblem}</p>
      <button type="button" className="button" onClick={() => void useDocuments.persist.rehydrate()}>
        Try again
      </button>
    </div>
  );
}

function OfflineReadyLine() {
  const isOfflineReady = useOfflineStatus((s) => s.isOfflineReady);
  return isOfflineReady ? <> The toolkit also works offline in this browser.</> : null;
}
