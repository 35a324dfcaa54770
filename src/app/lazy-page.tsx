import { createElement, lazy, Suspense, type ComponentType, type ReactElement } from 'react';

/** A page whose code loads on demand, from a chunk of its own. */
export type LazyPage = {
  /** The page in a Suspense that says "Loading…" while its code arrives. */
  element: ReactElement;
  /**
   * Loads the page's code before the app first renders, if it arrives within `ms`. Why: a page
   * that suspends shows "Loading…" first, and React then holds the page back for at least 300 ms
   * after any "Loading…" it showed (it batches what it reveals), so every opening of the app took
   * 300 ms longer than its code. A page loaded first renders with everything else, at once.
   */
  loadBeforeFirstRender(ms: number): Promise<void>;
};

const wait = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

/** What `promise` gives if it settles within `ms`; undefined if it fails or takes longer. */
export const withinTime = <T,>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise.catch(() => undefined), wait(ms)]);

export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<ComponentType> | undefined;
  const loadOnce = () => (loading ??= load());
  const Lazy = lazy(async () => ({ default: await loadOnce() }));
  // Set only before the page first renders: a page on screen never changes to another component
  // (which would rebuild it under the learner). Too late, and the lazy one above is used.
  let loadedFirst: ComponentType | undefined;
  let hasRendered = false;
  function Page() {
    hasRendered = true;
    return loadedFirst ? createElement(loadedFirst) : <Lazy />;
  }
  return {
    element: (
      <Suspense
        fallback={
          <p role="status" className="page-loading">
            Loading…
          </p>
        }
      >
        <Page />
      </Suspense>
    ),
    async loadBeforeFirstRender(ms) {
      // A page that fails to load is left to the lazy one, which shows the failure as before.
      const loaded = await withinTime(loadOnce(), ms);
      if (loaded && !hasRendered) loadedFirst = loaded;
    },
  };
}
