import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStoredText, type PersistedState } from './store-schema';
import { describeSaveError, useSaveStatus } from './save-status';
import { idsIn, mergeOtherTabsWork, type SyncPoint } from './merge-tabs';

/**
 * localStorage behind zustand's persist, made safe: reads never throw (damaged text is set
 * aside), and writes that fail are reported to the learner instead of being lost silently.
 */
export function createBrowserStorage(): PersistStorage<PersistedState> {
  // What this tab last read or wrote: another tab's save shows up as different text.
  let synced: SyncPoint = { text: null, knownIds: new Set() };
  return {
    getItem(name) {
      let rawText: string | null;
      try {
        rawText = window.localStorage.getItem(name);
      } catch (error) {
        useSaveStatus.setState({ saveError: describeSaveError(error) });
        return null;
      }
      if (rawText === null) return null;
      const read = readStoredText(rawText, new Date().toISOString());
      synced = { text: rawText, knownIds: idsIn(read.state) };
      return read;
    },
    setItem(name, value: StorageValue<PersistedState>) {
      try {
        const current = window.localStorage.getItem(name);
        // Another tab saved since we last looked: fold its work in rather than write over it.
        const state =
          current !== null && current !== synced.text
            ? mergeOtherTabsWork(value.state, readStoredText(current, new Date().toISOString()).state, synced.knownIds)
            : value.state;
        const text = JSON.stringify({ ...value, state });
        window.localStorage.setItem(name, text);
        synced = { text, knownIds: idsIn(state) };
        useSaveStatus.setState({ lastSavedAt: new Date().toISOString(), saveError: null });
      } catch (error) {
        useSaveStatus.setState({ saveError: describeSaveError(error) });
      }
    },
    removeItem(name) {
      try {
        window.localStorage.removeItem(name);
      } catch {
        // Nothing to do: removal is only ever a tidy-up.
      }
    },
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
