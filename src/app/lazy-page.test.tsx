import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page';

/** A page's code that arrives only when the test says so, counting how often the page is mounted. */
function pageCode() {
  const mounts = vi.fn();
  function Page() {
    useEffect(() => mounts(), []);
    return <h1>The page</h1>;
  }
  let arrive: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const code = new Promise<ComponentType>((resolve, reject) => {
    arrive = () => resolve(Page);
    fail = () => reject(new Error('The chunk did not load.'));
  });
  return { load: vi.fn(() => code), arrive, fail, mounts };
}

describe('lazyPage', () => {
  afterEach(cleanup);

  it('shows a page loaded before the first render at once, never "Loading…" first', async () => {
    const { load, arrive, mounts } = pageCode();
    const page = lazyPage(load);
    const loadedFirst = page.loadBeforeFirstRender(1000);
    arrive();
    await loadedFirst;
    render(page.element);
    // No waiting: the very first commit holds the page.
    expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(mounts).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the time given, and the page then loads as any lazy page does', async () => {
    vi.useFakeTimers();
    try {
      const { load, arrive, mounts } = pageCode();
      const page = lazyPage(load);
      const loadedFirst = page.loadBeforeFirstRender(1000);
      await vi.advanceTimersByTimeAsync(1000);
      await loadedFirst;
      render(page.element);
      expect(screen.getByRole('status').textContent).toBe('Loading…');
      await act(async () => {
        arrive();
        await Promise.resolve();
      });
      expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
      expect(mounts).toHaveBeenCalledTimes(1);
      // The code was fetched once, for the wait and the lazy page alike.
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not stop the app starting when the page cannot load', async () => {
    const { load, fail } = pageCode();
    const page = lazyPage(load);
    const loadedFirst = page.loadBeforeFirstRender(1000);
    fail();
    await expect(loadedFirst).resolves.toBeUndefined();
  });
});
