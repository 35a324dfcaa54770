import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Link, Route, Switch, useLocation, useParams } from 'wouter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRouter, isActivePath, NavLink, usePlace } from './routing';

/** A page whose code arrives only when the test says so, as a lazy route's chunk does. */
function slowPage(text: string) {
  let arrive: () => void = () => undefined;
  const loaded = new Promise<{ default: ComponentType }>((resolve) => {
    arrive = () => resolve({ default: () => <h1>{text}</h1> });
  });
  const Page = lazy(() => loaded);
  return {
    Page,
    arrive: () =>
      act(async () => {
        arrive();
        await loaded;
      }),
  };
}

/** The same Suspense at the same place for every route, as App.tsx's page() gives. */
const inSuspense = (page: ReactNode) => <Suspense fallback={<p role="status">Loading…</p>}>{page}</Suspense>;

function HomePage() {
  const [, navigate] = useLocation();
  return (
    <>
      <h1>Home</h1>
      <Link to="/slow">Open the slow page</Link>
      <button type="button" onClick={() => navigate('/slow')}>
        Go by navigate
      </button>
    </>
  );
}

function DocumentPage() {
  const { documentId, sectionId } = useParams();
  return <h1>{`Document ${documentId ?? ''}, section ${sectionId ?? 'none'}`}</h1>;
}

function Where() {
  const { pathname, hash } = usePlace();
  return <p data-testid="where">{pathname + hash}</p>;
}

function renderApp(Slow: ComponentType) {
  render(
    <AppRouter>
      <Where />
      <nav>
        <NavLink to="/" end>
          Worksheets
        </NavLink>
        <NavLink to="/units" className="nav">
          Units
        </NavLink>
      </nav>
      <Switch>
        <Route path="/">{inSuspense(<HomePage />)}</Route>
        <Route path="/slow">{inSuspense(<Slow />)}</Route>
        <Route path="/units">{inSuspense(<h1>Units</h1>)}</Route>
        <Route path="/units/log">{inSuspense(<h1>Qualification log</h1>)}</Route>
        <Route path="/documents/:documentId/:sectionId?">{inSuspense(<DocumentPage />)}</Route>
        <Route>{inSuspense(<h1>Page not found</h1>)}</Route>
      </Switch>
    </AppRouter>,
  );
}

const go = (path: string) => act(() => window.history.pushState(null, '', path));
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('the app’s router (wouter, every navigation in a transition)', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(cleanup);

  it('keeps the page on screen, with no “Loading…”, until a link’s next page is ready', async () => {
    const slow = slowPage('The slow page');
    renderApp(slow.Page);
    fireEvent.click(screen.getByRole('link', { name: 'Open the slow page' }));
    expect(window.location.pathname).toBe('/slow');
    expect(heading()).toBe('Home');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/$/);
    await slow.arrive();
    expect(heading()).toBe('The slow page');
    expect(screen.getByTestId('where')).toHaveTextContent('/slow');
  });

  it('does the same for navigate and for Back', async () => {
    const slow = slowPage('The slow page');
    renderApp(slow.Page);
    fireEvent.click(screen.getByRole('button', { name: 'Go by navigate' }));
    expect(heading()).toBe('Home');
    expect(screen.queryByText('Loading…')).toBeNull();
    await slow.arrive();
    expect(heading()).toBe('The slow page');
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(heading()).toBe('Home');
  });

  it('fills optional parameters when given and leaves them out when not', () => {
    renderApp(() => null);
    go('/documents/abc/ratios');
    expect(heading()).toBe('Document abc, section ratios');
    go('/documents/abc');
    expect(heading()).toBe('Document abc, section none');
    go('/documents/abc/');
    expect(heading()).toBe('Document abc, section none');
  });

  it('shows “Page not found” for any other address, and follows a changed #id', () => {
    renderApp(() => null);
    go('/no/such/page');
    expect(heading()).toBe('Page not found');
    go('/units/log#top');
    expect(heading()).toBe('Qualification log');
    expect(screen.getByTestId('where')).toHaveTextContent('/units/log#top');
  });

  it('marks the main navigation’s current page with class "active" and aria-current="page"', () => {
    renderApp(() => null);
    const worksheets = screen.getByRole('link', { name: 'Worksheets' });
    const units = screen.getByRole('link', { name: 'Units' });
    expect(worksheets).toHaveAttribute('aria-current', 'page');
    expect(worksheets).toHaveClass('active');
    expect(units).not.toHaveAttribute('aria-current');
    expect(units).toHaveAttribute('class', 'nav');
    go('/units/log');
    expect(worksheets).not.toHaveAttribute('aria-current');
    expect(worksheets).not.toHaveClass('active');
    expect(units).toHaveAttribute('aria-current', 'page');
    expect(units).toHaveAttribute('class', 'nav active');
  });
});

describe('isActivePath (as React Router’s NavLink)', () => {
  it('is true on the path itself and, unless end, below it', () => {
    expect(isActivePath('/units', '/units', false)).toBe(true);
    expect(isActivePath('/units/log', '/units', false)).toBe(true);
    expect(isActivePath('/units/log', '/units', true)).toBe(false);
    expect(isActivePath('/Units', '/units', true)).toBe(true);
  });

  it('is false on a path that only starts with the same letters, and "/" is only ever itself', () => {
    expect(isActivePath('/unitsx', '/units', false)).toBe(false);
    expect(isActivePath('/units', '/', false)).toBe(false);
    expect(isActivePath('/', '/', false)).toBe(true);
    expect(isActivePath('/demo/pestle', '/demo', false)).toBe(true);
  });
});
