/**
 * What reading stored work needs beyond the store itself: the schemas that check it and the merge
 * of another tab's saves. Loaded on demand (browser-storage.ts) when this browser holds saved work,
 * so a first visit, with nothing to check, never loads zod for it.
 */
export { readStoredText, restoreState } from './store-schema';
export { mergeOtherTabsWork } from './merge-tabs';
