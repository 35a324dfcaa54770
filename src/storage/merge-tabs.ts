import type { PersistedState } from './store-schema';

/**
 * What this tab last read from or wrote to storage: the raw text, and the ids of the documents and
 * set-aside records it held. Anything in storage beyond that was written by another tab.
 */
export type SyncPoint = { text: string | null; knownIds: ReadonlySet<string> };

export const idsIn = (state: PersistedState): Set<string> =>
  new Set([...state.documents.map((d) => d.id), ...state.setAside.map((r) => `set-aside:${r.id}`)]);

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * Merges what another tab saved into what this tab is about to save, so neither tab's work is
 * overwritten by the other's. Per document the newer edit wins; a document this tab never saw was
 * added elsewhere and is kept; one this tab saw and no longer has was deleted here and stays
 * deleted. A document deleted elsewhere but still open here is kept: keeping work is the safe way
 * to be wrong.
 */
export function mergeOtherTabsWork(mine: PersistedState, stored: PersistedState, knownIds: ReadonlySet<string>): PersistedState {
  const storedById = new Map(stored.documents.map((d) => [d.id, d]));
  const mineIds = new Set(mine.documents.map((d) => d.id));
  const documents = [
    ...mine.documents.map((d) => {
      const theirs = storedById.get(d.id);
      return theirs && theirs.updatedAt > d.updatedAt ? theirs : d;
    }),
    ...stored.documents.filter((d) => !mineIds.has(d.id) && !knownIds.has(d.id)),
  ];
  const mineSetAside = new Set(mine.setAside.map((r) => r.id));
  const setAside = [
    ...mine.setAside,
    ...stored.setAside.filter((r) => !mineSetAside.has(r.id) && !knownIds.has(`set-aside:${r.id}`)),
  ];
  return {
    ...mine,
    documents,
    setAside,
    lastBackupAt: later(mine.lastBackupAt, stored.lastBackupAt),
    lastChangeAt: later(mine.lastChangeAt, stored.lastChangeAt),
    hasSeededExample: mine.hasSeededExample || stored.hasSeededExample,
  };
}

/**
 * A document's new updatedAt: now, but always later than its last one, so every save of a document
 * is newer than the one before even within a millisecond. Tabs compare these to merge their saves.
 */
export function nextUpdatedAt(previous: string, now: string): string {
  if (now > previous) return now;
  const previousMs = Date.parse(previous);
  return Number.isNaN(previousMs) ? now : new Date(previousMs + 1).toISOString();
}
