import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadFirstPage } from './app/App';
import './app/app.css';

/**
 * How long the app waits for the first page's code before showing its header with "Loading…":
 * long enough for a page cached by the offline service worker, or the home page preloaded with the
 * app, to show with everything else; short enough that a slow first visit is not a blank screen.
 */
const FIRST_PAGE_WAIT_MS = 1000;

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// Rendered whatever happens to the first page's code: a page that failed says so itself.
void loadFirstPage(window.location.pathname, FIRST_PAGE_WAIT_MS).then(render, render);
