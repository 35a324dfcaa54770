import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStoredText, type PersistedState } from './store-schema';
import { describeSaveError, useSaveStatus } from './save-status';

/**
 * localStorage behind zustand's persist, made safe: reads never throw (damaged text is set
 * aside), and writes that fail are reported to the learner instead of being lost silently.
 */
export function createBrowserStorage(): PersistStorage<PersistedState> {
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
      return readStoredText(rawText, new Date().toISOString());
    },
    setItem(name, value: StorageValue<PersistedState>) {
      try {
        window.localStorage.setItem(name, JSON.stringify(value));
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
