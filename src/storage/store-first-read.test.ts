import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageValue } from 'zustand/middleware';
import type { StoredDocument } from './store-schema';
import { EMPTY_PERSISTED_STATE, STORAGE_KEY, STORE_VERSION, type PersistedState } from './store-state';

/**
 * The schemas that check stored work load on demand, not with the page (browser-storage.ts): a
 * first visit reads at once, stored work is read when they arrive, and nothing is shown, changed
 * or written over the learner's work before then, even when they fail to load.
 */

const doc = (id: string, name: string): StoredDocument => ({
  id,
  worksheetId: 'pestle',
  name,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  schemaVersion: 1,
  data: { organisation: name },
  summary: { met: 0, total: 8 },
});

const stored = (state: PersistedState) => JSON.stringify({ writeId: 'w1', basedOn: null, state, version: STORE_VERSION });
const withDocs = (...documents: StoredDocument[]): PersistedState => ({ ...EMPTY_PERSISTED_STATE, documents, hasSeededExample: true });

/** A fresh copy of the storage module, its reader not loaded yet (each page load starts so). */
async function freshStorage(text: string | null) {
  vi.resetModules();
  const { createBrowserStorage } = await import('./browser-storage');
  const shared = { text };
  const storage = createBrowserStorage({
    storage: () => ({ getItem: () => shared.text, setItem: (_key, value) => (shared.text = value), removeItem: () => (shared.text = null) }),
    locks: null,
    onClosing: () => {},
  });
  return { storage, shared };
}

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

afterEach(() => {
  vi.doUnmock('./store-reader');
  localStorage.clear();
});

describe('the first read of the store', () => {
  it('reads a first visit (nothing stored) at once, with no wait', async () => {
    const { storage } = await freshStorage(null);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('waits for the schemas when work is stored, then gives it back checked', async () => {
    const { storage } = await freshStorage(stored(withDocs(doc('a', 'Acme'), { ...doc('b', 'Damaged'), schemaVersion: 0 })));
    const read = storage.getItem(STORAGE_KEY);
    expect(isPromise(read)).toBe(true);
    const value = (await read) as StorageValue<PersistedState>;
    expect(value.state.documents.map((d) => d.name)).toEqual(['Acme']);
    // The damaged one was checked and set aside, not passed through unread.
    expect(value.state.setAside.map((r) => r.label)).toEqual(['“Damaged”']);
    // Once loaded, later reads do not wait.
    expect(isPromise(storage.getItem(STORAGE_KEY))).toBe(false);
  });

  it('does not write a change made before the schemas arrive over stored work: it merges it in when they do', async () => {
    const { storage, shared } = await freshStorage(stored(withDocs(doc('a', 'Acme'))));
    storage.setItem(STORAGE_KEY, { state: withDocs(doc('b', 'Bolt')), version: STORE_VERSION });
    expect(JSON.parse(shared.text!).state.documents.map((d: StoredDocument) => d.name)).toEqual(['Acme']);
    await vi.waitFor(() => {
      expect(JSON.parse(shared.text!).state.documents.map((d: StoredDocument) => d.name).sort()).toEqual(['Acme', 'Bolt']);
    });
  });
});

describe('the store before and after the first read', () => {
  it('says plainly when the schemas cannot load, keeps the stored work untouched, and reads it on another try', async () => {
    const text = stored(withDocs(doc('a', 'Acme')));
    localStorage.setItem(STORAGE_KEY, text);
    vi.resetModules();
    vi.doMock('./store-reader', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { useDocuments, useStoreReadStatus, whenStoreRead, STORE_READ_PROBLEM } = await import('./documents-store');
    let isReadSeen = false;
    void whenStoreRead().then(() => (isReadSeen = true));

    await vi.waitFor(() => expect(useStoreReadStatus.getState().readProblem).toBe(STORE_READ_PROBLEM));
    expect(useStoreReadStatus.getState().isRead).toBe(false);
    expect(isReadSeen).toBe(false);
    expect(useDocuments.getState().documents).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);

    vi.doUnmock('./store-reader');
    await useDocuments.persist.rehydrate();
    await vi.waitFor(() => expect(isReadSeen).toBe(true));
    expect(useStoreReadStatus.getState()).toEqual({ isRead: true, readProblem: null });
    expect(useDocuments.getState().documents.map((d) => d.name)).toEqual(['Acme']);
  });

  it('is read at once on a first visit, so pages need not wait', async () => {
    vi.resetModules();
    const { useStoreReadStatus } = await import('./documents-store');
    expect(useStoreReadStatus.getState().isRead).toBe(true);
  });
});
