import type { LearnerDetails } from '../lib/evidence-types';
import type { SetAsideRecord, StoredDocument } from './store-schema';
import type { UnitStatus } from './store-shapes';

/**
 * What the store holds and starts from, with no schema: every page loads this at start-up, and
 * the zod schemas that check stored work (store-schema.ts) load only when there is stored work to
 * check (see browser-storage.ts). Type-only imports from there keep it that way.
 * Bump STORE_VERSION and add a step to `storeMigrations` (store-schema.ts) whenever the shape changes.
 */
export const STORE_VERSION = 1;
export const STORAGE_KEY = 'coursework-toolkit';

export const EMPTY_LEARNER: LearnerDetails = {
  name: '',
  learnerNumber: '',
  centre: '',
  assessor: '',
  // Left for the learner to give: a Certificate, Diploma or Apprenticeship Diploma learner alike.
  qualification: '',
};

export type PersistedState = {
  documents: StoredDocument[];
  unitStatuses: Record<string, UnitStatus>;
  learner: LearnerDetails;
  lastBackupAt: string | null;
  /** The last time any document changed; compared with lastBackupAt for the backup reminder. */
  lastChangeAt: string | null;
  hasSeededExample: boolean;
  setAside: SetAsideRecord[];
};

export const EMPTY_PERSISTED_STATE: PersistedState = {
  documents: [],
  unitStatuses: {},
  learner: EMPTY_LEARNER,
  lastBackupAt: null,
  lastChangeAt: null,
  hasSeededExample: false,
  setAside: [],
};

/**
 * A document's new updatedAt: now, but always later than its last one, so every save of a document
 * is newer than the one before even within a millisecond. Tabs compare these to merge their saves.
 */
export function nextUpdatedAt(previous: string, now: string): string {
  if (now > previous) return now;
  const previousMs = Date.parse(previous);
  return Number.isNaN(previousMs) ? now : new Date(previousMs + 1).toISOString();
}
