import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserStorage, loadStoreReader, LONGEST_WAIT_MS, PAUSE_MS, SLOW_SAVE_MS, type LockManagerLike, type TextStorage } from './browser-storage';
import { useSaveStatus } from './save-status';
import { EMPTY_PERSISTED_STATE, STORE_VERSION, type PersistedState, type StoredDocument } from './store-schema';

const KEY = 'coursework-toolkit';

// With the reader (schemas and merge) loaded, every read is synchronous, as after a page's first
// read; the first read's wait for it is tested in store-first-read.test.ts.
beforeAll(async () => {
  await loadStoreReader();
});

/** Web Locks stand-in: requests wait in a queue until the test grants them, one at a time, in order. */
class FakeLocks implements LockManagerLike {
  queue: Array<{ name: string; callback: () => unknown; resolve: (value: unknown) => void }> = [];
  request(name: string, _options: { mode: 'exclusive' }, callback: () => unknown): Promise<unknown> {
    return new Promise((resolve) => this.queue.push({ name, callback, resolve }));
  }
  grantNext(): void {
    const next = this.queue.shift();
    next?.resolve(next.callback());
  }
  grantAll(): void {
    while (this.queue.length > 0) this.grantNext();
  }
}

/**
 * localStorage shared by tabs, where each tab reads its own copy that catches up only when told,
 * as Chromium's per-process cache of localStorage can lag behind another tab's write.
 */
class SharedStorage {
  text: string | null = null;
  writes = 0;
  tab(): TextStorage & { catchUp(): void } {
    let view: string | null = this.text;
    return {
      getItem: () => view,
      setItem: (_key, text) => {
        this.text = text;
        this.writes += 1;
        view = text;
      },
      removeItem: () => {
        this.text = null;
        view = null;
      },
      catchUp: () => {
        view = this.text;
      },
    };
  }
}

const blankDoc: StoredDocument = {
  id: 'doc',
  worksheetId: 'pestle',
  name: 'PESTLE',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  schemaVersion: 1,
  data: { organisation: '', sector: '' },
  summary: { met: 0, total: 8 },
};

let clock = Date.parse('2026-11-23T10:00:00.000Z');
const now = () => new Date((clock += 1)).toISOString();

/** A store's state after typing `value` into `field` of the one document. */
const typed = (state: PersistedState, field: 'organisation' | 'sector', value: string): PersistedState => ({
  ...state,
  documents: state.documents.map((d) => ({ ...d, data: { ...(d.data as object), [field]: value }, updatedAt: now() })),
});

const storedData = (shared: SharedStorage) =>
  (JSON.parse(shared.text ?? '{}') as { state: PersistedState }).state.documents[0]?.data;

function openTab(shared: SharedStorage, locks: LockManagerLike | null) {
  const view = shared.tab();
  let flushOnClose = () => {};
  let rereads = 0;
  const storage = createBrowserStorage({
    storage: () => view,
    locks,
    now,
    onOtherTabsWorkTakenIn: () => (rereads += 1),
    onClosing: (flush) => (flushOnClose = flush),
  });
  const loaded = storage.getItem(KEY) as { state: PersistedState } | null;
  return {
    view,
    storage,
    state: loaded?.state ?? EMPTY_PERSISTED_STATE,
    close: () => flushOnClose(),
    rereads: () => rereads,
    /** As zustand persist does on every change. */
    type(field: 'organisation' | 'sector', value: string) {
      this.state = typed(this.state, field, value);
      void storage.setItem(KEY, { state: this.state, version: STORE_VERSION });
    },
    /** As followOtherTabs does on a storage event: re-read, and the store takes what getItem gives. */
    reread() {
      view.catchUp();
      this.state = (storage.getItem(KEY) as { state: PersistedState }).state;
    },
  };
}

function sharedWithOneDocument(): SharedStorage {
  const shared = new SharedStorage();
  shared.text = JSON.stringify({ state: { ...EMPTY_PERSISTED_STATE, documents: [blankDoc] }, version: STORE_VERSION });
  return shared;
}

beforeEach(() => useSaveStatus.setState({ lastSavedAt: null, saveError: null }));

describe('createBrowserStorage', () => {
  it('writes once per lock, with the latest change, however many changes waited for it', () => {
    const shared = sharedWithOneDocument();
    const locks = new FakeLocks();
    const tab = openTab(shared, locks);
    for (const length of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) tab.type('organisation', 'Brightwave'.slice(0, length));
    expect(shared.writes).toBe(0);
    expect(locks.queue).toHaveLength(1);
    expect(locks.queue[0]?.name).toBe(`${KEY}:write`);
    locks.grantAll();
    expect(shared.writes).toBe(1);
    expect(storedData(shared)).toEqual({ organisation: 'Brightwave', sector: '' });
    expect(useSaveStatus.getState().lastSavedAt).not.toBeNull();
  });

  it('keeps both tabs’ typing when they write in the same instant, each under the lock', () => {
    const shared = sharedWithOneDocument();
    const locks = new FakeLocks();
    const first = openTab(shared, locks);
    const second = openTab(shared, locks);
    first.type('organisation', 'Brightwave');
    second.type('sector', 'Energy');
    locks.grantNext();
    second.view.catchUp();
    locks.grantNext();
    // The second tab's write read the first tab's save under the lock and merged it in.
    expect(storedData(shared)).toEqual({ organisation: 'Brightwave', sector: 'Energy' });
    expect(second.rereads()).toBe(1);
  });

  it('finds a save made from a stale copy and merges it from the right starting point', () => {
    const shared = sharedWithOneDocument();
    const locks = new FakeLocks();
    const first = openTab(shared, locks);
    const second = openTab(shared, locks);
    first.type('organisation', 'Brightwave');
    locks.grantAll();
    // The second tab has not yet seen the first tab's save, and writes over it.
    second.type('sector', 'Energy');
    locks.grantAll();
    expect(storedData(shared)).toEqual({ organisation: '', sector: 'Energy' });
    // The storage event reaches the first tab: it keeps its own typing, takes the second tab's, and writes both.
    first.reread();
    expect(first.state.documents[0]?.data).toEqual({ organisation: 'Brightwave', sector: 'Energy' });
    locks.grantAll();
    expect(storedData(shared)).toEqual({ organisation: 'Brightwave', sector: 'Energy' });
    second.reread();
    expect(second.state.documents[0]?.data).toEqual({ organisation: 'Brightwave', sector: 'Energy' });
  });

  it('keeps this tab’s waiting change when another tab’s save is read before it is written', () => {
    const shared = sharedWithOneDocument();
    const locks = new FakeLocks();
    const first = openTab(shared, locks);
    const second = openTab(shared, null);
    first.type('organisation', 'Bright');
    second.type('sector', 'Energy');
    first.reread();
    expect(first.state.documents[0]?.data).toEqual({ organisation: 'Bright', sector: 'Energy' });
    first.type('organisation', 'Brightwave');
    locks.grantAll();
    expect(storedData(shared)).toEqual({ organisation: 'Brightwave', sector: 'Energy' });
  });

  it('writes a waiting change at once when the tab closes', () => {
    const shared = sharedWithOneDocument();
    const locks = new FakeLocks();
    const tab = openTab(shared, locks);
    tab.type('organisation', 'Typed just before closing');
    tab.close();
    expect(storedData(shared)).toEqual({ organisation: 'Typed just before closing', sector: '' });
    locks.grantAll();
    expect(shared.writes).toBe(1);
  });

  it('writes at once where Web Locks are missing or refuse', () => {
    const shared = sharedWithOneDocument();
    const tab = openTab(shared, null);
    tab.type('organisation', 'No locks here');
    expect(storedData(shared)).toEqual({ organisation: 'No locks here', sector: '' });

    const refusing: LockManagerLike = { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) };
    const other = openTab(shared, refusing);
    other.type('sector', 'Refused lock');
    return Promise.resolve().then(() => {
      expect(storedData(shared)).toEqual({ organisation: 'No locks here', sector: 'Refused lock' });
    });
  });

  it('tells the learner when storage is full, and clears the message once a save works again', () => {
    const shared = sharedWithOneDocument();
    const tab = openTab(shared, null);
    const setItem = tab.view.setItem;
    tab.view.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    tab.type('organisation', 'Not saved yet');
    expect(useSaveStatus.getState().saveError).toMatch(/storage for this site is full/);
    expect(storedData(shared)).toEqual({ organisation: '', sector: '' });
    tab.view.setItem = setItem;
    tab.type('organisation', 'Not saved yet, now saved');
    expect(useSaveStatus.getState().saveError).toBeNull();
    expect(storedData(shared)).toEqual({ organisation: 'Not saved yet, now saved', sector: '' });
  });
});

describe('a store that is slow to save (several hundred KB)', () => {
  const KEY_GAP_MS = 120;
  afterEach(() => vi.useRealTimers());

  /** A tab whose every write to storage takes `saveMs` of the clock, as a 500 KB setItem does. */
  function slowTab(saveMs: number) {
    vi.useFakeTimers();
    const shared = sharedWithOneDocument();
    const view = shared.tab();
    const slowView: TextStorage = {
      ...view,
      setItem: (key, text) => {
        view.setItem(key, text);
        vi.setSystemTime(Date.now() + saveMs);
      },
    };
    let flushOnClose = () => {};
    const storage = createBrowserStorage({ storage: () => slowView, locks: null, now, clock: () => Date.now(), onClosing: (flush) => (flushOnClose = flush) });
    let state = (storage.getItem(KEY) as { state: PersistedState }).state;
    const type = (value: string) => {
      state = typed(state, 'organisation', value);
      void storage.setItem(KEY, { state, version: STORE_VERSION });
    };
    return { shared, type, close: () => flushOnClose() };
  }

  it('saves on every key while saves are quick', () => {
    const { shared, type } = slowTab(SLOW_SAVE_MS);
    for (const value of ['B', 'Br', 'Bri']) {
      type(value);
      vi.advanceTimersByTime(KEY_GAP_MS);
    }
    expect(shared.writes).toBe(3);
  });

  it('once a save is slow, waits for a pause in typing and then saves the latest text once', () => {
    const { shared, type } = slowTab(SLOW_SAVE_MS + 30);
    type('B'); // The first save shows the store is slow.
    expect(shared.writes).toBe(1);
    for (const value of ['Br', 'Bri', 'Brig', 'Brigh']) {
      type(value);
      vi.advanceTimersByTime(KEY_GAP_MS);
    }
    expect(shared.writes).toBe(1);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(shared.writes).toBe(2);
    expect(storedData(shared)).toEqual({ organisation: 'Brigh', sector: '' });
  });

  it('never keeps a change waiting longer than LONGEST_WAIT_MS, however long the typing goes on', () => {
    const { shared, type } = slowTab(SLOW_SAVE_MS + 30);
    type('x');
    const keys = Math.ceil((3 * LONGEST_WAIT_MS) / KEY_GAP_MS);
    const savedAt: number[] = [];
    const start = Date.now();
    for (let key = 1; key <= keys; key += 1) {
      const before = shared.writes;
      type('x'.repeat(key + 1));
      vi.advanceTimersByTime(KEY_GAP_MS);
      if (shared.writes > before) savedAt.push(Date.now() - start);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(2);
    const gaps = savedAt.map((at, index) => at - (savedAt[index - 1] ?? 0));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(LONGEST_WAIT_MS + KEY_GAP_MS + 2 * (SLOW_SAVE_MS + 30));
  });

  it('saves the waiting change at once when the tab closes or is hidden, and not again after', () => {
    const { shared, type, close } = slowTab(SLOW_SAVE_MS + 30);
    type('B');
    type('Brightwave');
    expect(shared.writes).toBe(1);
    close();
    expect(shared.writes).toBe(2);
    expect(storedData(shared)).toEqual({ organisation: 'Brightwave', sector: '' });
    vi.advanceTimersByTime(LONGEST_WAIT_MS);
    expect(shared.writes).toBe(2);
  });

  it('after the tab was hidden and shown again, the next change waits for a pause afresh', () => {
    const { shared, type, close } = slowTab(SLOW_SAVE_MS + 30);
    type('B');
    type('Br');
    vi.setSystemTime(Date.now() + LONGEST_WAIT_MS); // hidden a while
    close();
    expect(shared.writes).toBe(2);
    type('Bri');
    vi.advanceTimersByTime(KEY_GAP_MS);
    expect(shared.writes).toBe(2);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(shared.writes).toBe(3);
  });
});
