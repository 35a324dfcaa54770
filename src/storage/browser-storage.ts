import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { newId } from '../lib/ids';
import { EMPTY_PERSISTED_STATE, type PersistedState } from './store-state';
import { describeSaveError, useSaveStatus } from './save-status';

type StoreReader = typeof import('./store-reader');

/** The schemas and the merge, once loaded: every read but a first visit's needs them. */
let reader: StoreReader | null = null;
let readerLoading: Promise<StoreReader> | null = null;

/**
 * Loads what checks stored work (zod and the store's schemas) and merges other tabs' saves. Not
 * with the page: a first visit has nothing stored, and the home page shows its worksheets while
 * this arrives. A failed load is tried again on the next read.
 */
export function loadStoreReader(): Promise<StoreReader> {
  readerLoading ??= import('./store-reader').then(
    (loaded) => (reader = loaded),
    (error: unknown) => {
      readerLoading = null;
      throw error;
    },
  );
  return readerLoading;
}

/** The part of `navigator.locks` used here (a fake stands in for it in unit tests). */
export type LockManagerLike = {
  request(name: string, options: { mode: 'exclusive' }, callback: () => unknown): Promise<unknown>;
};

export type TextStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type BrowserStorageOptions = {
  /** Where the text is kept; a function because merely touching localStorage can throw. */
  storage?: () => TextStorage;
  /** Web Locks, to make read-merge-write atomic across tabs; null writes at once, unlocked. */
  locks?: LockManagerLike | null;
  now?: () => string;
  /** This tab took in another tab's work that its store has not seen yet: the store should re-read. */
  onOtherTabsWorkTakenIn?: () => void;
  /** Calls `flush` when the tab is closing or hidden; by default on pagehide and visibilitychange. */
  onClosing?: (flush: () => void) => void;
  /** Milliseconds from any fixed point, to time saves; performance.now by default. */
  clock?: () => number;
};

export type BrowserStorage = PersistStorage<PersistedState> & {
  /** Writes the pending change now, without waiting for the lock (the tab is going away). */
  flushPendingWrite(): void;
};

/**
 * A save slower than this (a store of several hundred KB: 500 prospects) would hold up the next key
 * if made on every key, so it waits for a pause in typing of PAUSE_MS, and never longer than
 * LONGEST_WAIT_MS from the first change it carries. Leaving or hiding the tab saves at once.
 */
export const SLOW_SAVE_MS = 12;
export const PAUSE_MS = 400;
export const LONGEST_WAIT_MS = 2000;

/** Recent saves this tab has seen, by write id, to find the common starting point for a merge. */
const HISTORY_SIZE = 16;
/** The envelope is written with these first, so they can be read without parsing the whole text. */
const ENVELOPE_IDS = /^\{"writeId":"([^"]{1,100})","basedOn":(?:null|"([^"]{1,100})")/;

/**
 * The id of a save: the one it was written with, or for a save from before write ids (or from
 * outside the app), one made from its text, which every tab works out the same.
 */
function writeIdOf(text: string): string {
  const written = ENVELOPE_IDS.exec(text)?.[1];
  if (written) return written;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `text-${text.length}-${(hash >>> 0).toString(36)}`;
}

const defaultLocks = (): LockManagerLike | null =>
  typeof navigator !== 'undefined' && navigator.locks && typeof navigator.locks.request === 'function'
    ? navigator.locks
    : null;

const defaultOnClosing = (flush: () => void) => {
  if (typeof window === 'undefined') return;
  window.addEventListener('pagehide', flush);
  window.document.addEventListener('visibilitychange', () => {
    if (window.document.visibilityState === 'hidden') flush();
  });
};

/**
 * localStorage behind zustand's persist, made safe:
 *   - reads never throw (damaged text is set aside);
 *   - writes that fail are reported to the learner instead of being lost silently;
 *   - two tabs never overwrite each other's work. Each write reads what is stored, merges in
 *     another tab's save (merge-tabs.ts) and writes, holding an exclusive Web Lock across tabs so
 *     no other tab writes in between. Every save names the save it was merged with, so a tab that
 *     read a stale copy is found out and its work merged from the right starting point.
 *   - typing does not queue a write per keystroke: while a write waits for the lock, later
 *     changes replace it; a store whose last save was slow waits for a pause in typing (see
 *     SLOW_SAVE_MS). A change still waiting when the tab closes or is hidden is written at once.
 */
export function createBrowserStorage(options: BrowserStorageOptions = {}): BrowserStorage {
  const getStorage = options.storage ?? (() => window.localStorage);
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const now = options.now ?? (() => new Date().toISOString());
  const onOtherTabsWorkTakenIn = options.onOtherTabsWorkTakenIn ?? (() => {});
  const clock = options.clock ?? (() => performance.now());

  /** Storage as this tab last read or wrote it. */
  let seen: { text: string; state: PersistedState; writeId: string } | null = null;
  const history = new Map<string, PersistedState>();
  /** Everything this tab holds: its store's latest change, plus other tabs' work taken in. */
  let held: StorageValue<PersistedState> | null = null;
  /** The state the store last gave or was given; differs from `held` until the store re-reads. */
  let storeHas: PersistedState | null = null;
  let storeName: string | null = null;
  let hasPendingWrite = false;
  let isLockRequested = false;
  /** How long the last save took, and the wait for a pause in typing when that was slow. */
  let lastSaveMs = 0;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;

  const remember = (text: string, state: PersistedState, writeId: string) => {
    seen = { text, state, writeId };
    history.set(writeId, state);
    if (history.size > HISTORY_SIZE) history.delete(history.keys().next().value as string);
  };

  /** What another tab stored, merged into what this tab holds from the last point both had seen. */
  const mergeStored = (read: StoreReader, text: string, mine: PersistedState) => {
    const theirs = read.readStoredText(text, now());
    const basedOnId = ENVELOPE_IDS.exec(text)?.[2];
    const base = (basedOnId ? history.get(basedOnId) : undefined) ?? seen?.state ?? EMPTY_PERSISTED_STATE;
    const merged = read.mergeOtherTabsWork(base, mine, theirs.state);
    remember(text, theirs.state, writeIdOf(text));
    return { merged, theirs: theirs.state };
  };

  /** Ends the wait for a pause in typing: the change it held is being written. */
  const stopWaiting = () => {
    clearTimeout(pauseTimer);
    pauseTimer = undefined;
    waitingSince = null;
  };

  const writeNow = () => {
    if (!hasPendingWrite || !held || storeName === null) return;
    hasPendingWrite = false;
    // A save at closing carries the change a pause was awaited for; the next change waits afresh.
    stopWaiting();
    const started = clock();
    try {
      const storage = getStorage();
      const current = storage.getItem(storeName);
      if (current !== null && current !== seen?.text) {
        // Another tab's save must be merged in first, and that needs the reader: write once it is here.
        if (!reader) return writeWhenReaderLoads();
        held = { ...held, state: mergeStored(reader, current, held.state).merged };
        onOtherTabsWorkTakenIn();
      }
      const writeId = newId();
      const text = JSON.stringify({ writeId, basedOn: seen?.writeId ?? null, state: held.state, version: held.version });
      storage.setItem(storeName, text);
      remember(text, held.state, writeId);
      useSaveStatus.setState({ lastSavedAt: now(), saveError: null });
    } catch (error) {
      useSaveStatus.setState({ saveError: describeSaveError(error) });
    }
    lastSaveMs = clock() - started;
  };

  const writeWhenReaderLoads = () => {
    hasPendingWrite = true;
    loadStoreReader().then(requestWrite, () =>
      useSaveStatus.setState({ saveError: 'Your latest changes are not saved yet: part of the toolkit did not load. Check your connection, then press a key in your work to try again.' }),
    );
  };

  const requestWrite = () => {
    stopWaiting();
    if (!locks) return writeNow();
    if (isLockRequested) return; // The write already waiting will take this change.
    isLockRequested = true;
    const writeUnderLock = () => {
      isLockRequested = false;
      writeNow();
    };
    try {
      // Without a lock the write still happens: unlocked is better than unsaved.
      locks.request(`${storeName}:write`, { mode: 'exclusive' }, writeUnderLock).catch(writeUnderLock);
    } catch {
      writeUnderLock();
    }
  };

  const scheduleWrite = () => {
    hasPendingWrite = true;
    if (lastSaveMs <= SLOW_SAVE_MS) return requestWrite();
    const at = clock();
    waitingSince ??= at;
    clearTimeout(pauseTimer);
    pauseTimer = setTimeout(requestWrite, Math.max(0, Math.min(PAUSE_MS, waitingSince + LONGEST_WAIT_MS - at)));
  };

  (options.onClosing ?? defaultOnClosing)(writeNow);

/** Text in storage this tab has not seen: the first read, or another tab's save to merge in. */
  const readNewText = (read: StoreReader, text: string): StorageValue<PersistedState> => {
    if (!held) {
      held = read.readStoredText(text, now());
      remember(text, held.state, writeIdOf(text));
      storeHas = held.state;
      return held;
    }
    const { merged, theirs } = mergeStored(read, text, held.state);
    held = { ...held, state: merged };
    storeHas = merged;
    // Storage lacks some of this tab's work (its own write was overwritten, or is still waiting).
    if (hasPendingWrite || JSON.stringify(merged) !== JSON.stringify(theirs)) scheduleWrite();
    return held;
  };

  const getItem = (name: string): StorageValue<PersistedState> | null | Promise<StorageValue<PersistedState> | null> => {
    storeName = name;
    let text: string | null;
    try {
      text = getStorage().getItem(name);
    } catch (error) {
      useSaveStatus.setState({ saveError: describeSaveError(error) });
      return held;
    }
    if (text !== null && !(held && seen && text === seen.text)) {
      // Checking stored text needs the reader: the read waits for it, then reads storage afresh.
      return reader ? readNewText(reader, text) : loadStoreReader().then(() => getItem(name));
    }
    storeHas = held?.state ?? null;
    return held;
  };

  return {
    getItem,
    setItem(name, value) {
      storeName = name;
      // Work taken in from another tab that the store has not re-read yet is kept, not overwritten.
      const state =
        reader && held && storeHas && held.state !== storeHas ? reader.mergeOtherTabsWork(storeHas, value.state, held.state) : value.state;
      if (state !== value.state) onOtherTabsWorkTakenIn();
      held = { ...value, state };
      storeHas = value.state;
      scheduleWrite();
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        // Nothing to do: removal is only ever a tidy-up.
      }
      seen = null;
    },
    flushPendingWrite: writeNow,
  };
}

/** Asks the browser not to evict our data (Safari clears sites unused for seven days otherwise). */
export async function requestPersistentStorage(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  try {
    const isPersistent = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    useSaveStatus.setState({ isStoragePersistent: isPersistent });
  } catch {
    useSaveStatus.setState({ isStoragePersistent: false });
  }
}
