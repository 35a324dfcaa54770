import { create } from 'zustand';

/** How saving is going in this tab. Not persisted: it describes this browser session. */
export type SaveStatus = {
  lastSavedAt: string | null;
  /** Plain-English reason the last save failed, or null when saving works. */
  saveError: string | null;
  /** Whether the browser agreed to keep this site's data when space runs low. */
  isStoragePersistent: boolean | null;
};

export const useSaveStatus = create<SaveStatus>(() => ({
  lastSavedAt: null,
  saveError: null,
  isStoragePersistent: null,
}));

/** Explains a failed write to localStorage in words a learner can act on. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Your browser’s storage for this site is full, so your latest changes are not saved in the browser.';
  }
  if (name === 'SecurityError') {
    return 'Your browser is blocking storage for this site (private browsing or a privacy setting), so your changes are not saved in the browser.';
  }
  return 'Your browser would not save your latest changes.';
}
