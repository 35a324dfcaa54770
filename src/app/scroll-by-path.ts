/**
 * Where each page was last left, by path, kept for the browser tab's session (so a reload keeps it).
 * Replaces the data router's ScrollRestoration, with the same rules: a saved position first, then an
 * address's #id, else the top.
 */
const STORAGE_KEY = 'scroll-positions';

let positions: Record<string, number> | null = null;

function saved(): Record<string, number> {
  if (positions) return positions;
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    positions = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, number>) : {};
  } catch {
    positions = {};
  }
  return positions;
}

function persist(): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved()));
  } catch {
    // Storage refused (private mode, full): positions are kept for this page's life only.
  }
}

/** Scrolls a page just shown to where it was last left, to the address's #id, or to the top. */
export function restoreScroll(pathname: string, hash: string): void {
  window.history.scrollRestoration = 'manual';
  const y = saved()[pathname];
  if (typeof y === 'number' && Number.isFinite(y)) {
    window.scrollTo(0, y);
    return;
  }
  if (hash.length > 1) {
    const id = hash.slice(1);
    let element = document.getElementById(id);
    try {
      element ??= document.getElementById(decodeURIComponent(id));
    } catch {
      // A malformed escape in the address: no element to go to.
    }
    if (element) {
      element.scrollIntoView();
      return;
    }
  }
  window.scrollTo(0, 0);
}

/**
 * Follows the scroll position of the page on screen until the returned function is called (when the
 * path changes). Positions are read as the learner scrolls, never after the next page is drawn.
 */
export function rememberScroll(pathname: string): () => void {
  const onScroll = () => {
    saved()[pathname] = window.scrollY;
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('pagehide', persist);
  return () => {
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('pagehide', persist);
    persist();
  };
}

/** For tests: forget what was read from storage. */
export function resetScrollPositionsForTest(): void {
  positions = null;
}
