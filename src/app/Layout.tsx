import { lazy, Suspense, useEffect } from 'react';
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { followOtherTabs } from '../storage/documents-store';
import { requestPersistentStorage } from '../storage/browser-storage';
import { useSeedExample } from './use-seed-example';
import { SaveStatusLine } from './SaveStatusLine';
import { registerOfflineSupport, useOfflineStatus } from './offline';
import { UpdateNotice } from './UpdateNotice';

// The notices (and the backup code with full zod behind them) load just after the page, not with it.
const StorageNotices = lazy(async () => ({ default: (await import('./StorageNotices')).StorageNotices }));

export function Layout() {
  useSeedExample();
  useEffect(() => {
    void requestPersistentStorage();
    void registerOfflineSupport();
    return followOtherTabs();
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-header__brand">
            Coursework Toolkit
          </NavLink>
          <nav aria-label="Main">
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
                <NavLink to="/my-details">My details</NavLink>
              </li>
              <li>
                <NavLink to="/backup">Back up and restore</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <UpdateNotice />
        <Suspense fallback={null}>
          <StorageNotices />
        </Suspense>
        <Outlet />
      </main>
      <footer className="site-footer">
        <SaveStatusLine />
        <p>
          Your work stays in this browser on this device. Nothing is sent anywhere.
          <OfflineReadyLine />
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

function OfflineReadyLine() {
  const isOfflineReady = useOfflineStatus((s) => s.isOfflineReady);
  return isOfflineReady ? <> The toolkit also works offline in this browser.</> : null;
}
