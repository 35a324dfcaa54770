import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newId } from '../lib/ids';
import { createBrowserStorage } from './browser-storage';
import { EMPTY_PERSISTED_STATE, nextUpdatedAt, STORAGE_KEY, STORE_VERSION, type PersistedState } from './store-state';
import type { SetAsideRecord, StoredDocument, UnitStatus } from './store-schema';
import type { CompletenessSummary, LearnerDetails } from '../lib/evidence-types';

export type NewDocument = {
  worksheetId: string;
  name: string;
  schemaVersion: number;
  data: unknown;
  summary: CompletenessSummary;
  /** The completion date the learner set (yyyy-mm-dd), if any: a restored backup keeps it. */
  completedOn?: string;
};

type Actions = {
  /** Adds a document; a worked example opened to look at (`isLearnersWork` false) does not call for a backup. */
  createDocument(document: NewDocument, isLearnersWork?: boolean): string;
  /** Saves a document's data, now at `schemaVersion` (documents are upgraded when opened). */
  updateDocumentData(id: string, data: unknown, summary: CompletenessSummary, schemaVersion: number): void;
  renameDocument(id: string, name: string): void;
  /** Sets the date the learner completed the work (yyyy-mm-dd); null goes back to the last change's date. */
  setCompletionDate(id: string, date: string | null): void;
  /** Brings a document's summary up to date (a document saved before a summary field existed): not a change by the learner. */
  refreshSummary(id: string, summary: CompletenessSummary): void;
  duplicateDocument(id: string): string | null;
  /** Removes a document and returns it with its position, so the caller can offer undo. */
  deleteDocument(id: string): { document: StoredDocument; index: number } | null;
  restoreDocument(document: StoredDocument, index: number): void;
  addImportedDocuments(documents: NewDocument[]): string[];
  setLearner(learner: LearnerDetails): void;
  /** Marks a unit planned, in progress or achieved; null clears it. */
  setUnitStatus(code: string, status: UnitStatus | null): void;
  markBackedUp(at: string): void;
  markExampleSeeded(): void;
  setAsideDocument(id: string, reason: string): void;
  dismissSetAside(id: string): void;
};

export type DocumentsState = PersistedState & Actions;

const nowIso = () => new Date().toISOString();

const fromNew = (document: NewDocument, at: string): StoredDocument => ({
  id: newId(),
  worksheetId: document.worksheetId,
  name: document.name,
  createdAt: at,
  updatedAt: at,
  schemaVersion: document.schemaVersion,
  data: document.data,
  summary: document.summary,
  ...(document.completedOn !== undefined ? { completedOn: document.completedOn } : {}),
});

/**
 * Whether the store holds what this browser saved. On a first visit (nothing stored) it does at
 * once; otherwise once the schemas that check stored work have loaded (browser-storage.ts), which
 * pages wait for (whenStoreRead) so none shows or changes an empty store in place of the learner's.
 */
export type StoreReadStatus = { isRead: boolean; readProblem: string | null };
export const useStoreReadStatus = create<StoreReadStatus>(() => ({ isRead: false, readProblem: null }));

export const STORE_READ_PROBLEM =
  'Your saved work could not be opened because part of the toolkit did not load. It is still safe in this browser. Check your connection and try again.';

/** Resolves once the store holds what this browser saved; never before, so nothing is shown or saved over it. */
export function whenStoreRead(): Promise<void> {
  if (useStoreReadStatus.getState().isRead) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useStoreReadStatus.subscribe(({ isRead }) => {
      if (!isRead) return;
      stop();
      resolve();
    });
  });
}

export const useDocuments = create<DocumentsState>()(
  persist(
    (set, get) => ({
      ...EMPTY_PERSISTED_STATE,

      createDocument(document, isLearnersWork = true) {
        const at = nowIso();
        const stored = fromNew(document, at);
        set((state) => ({ documents: [...state.documents, stored], lastChangeAt: isLearnersWork ? at : state.lastChangeAt }));
        return stored.id;
      },

      updateDocumentData(id, data, summary, schemaVersion) {
        const at = nowIso();
        set((state) => ({
          documents: state.documents.map((d) =>
            d.id === id ? { ...d, data, summary, schemaVersion, updatedAt: nextUpdatedAt(d.updatedAt, at) } : d,
          ),
          lastChangeAt: at,
        }));
      },

      renameDocument(id, name) {
        const at = nowIso();
        set((state) => ({
          documents: state.documents.map((d) => (d.id === id ? { ...d, name, updatedAt: nextUpdatedAt(d.updatedAt, at) } : d)),
          lastChangeAt: at,
        }));
      },

      setCompletionDate(id, date) {
        const at = nowIso();
        set((state) => ({
          documents: state.documents.map((d) => {
            if (d.id !== id) return d;
            const { completedOn: _previous, ...rest } = d;
            return { ...rest, ...(date ? { completedOn: date } : {}), updatedAt: nextUpdatedAt(d.updatedAt, at) };
          }),
          lastChangeAt: at,
        }));
      },

      refreshSummary(id, summary) {
        set((state) => ({ documents: state.documents.map((d) => (d.id === id ? { ...d, summary } : d)) }));
      },

      duplicateDocument(id) {
        const original = get().documents.find((d) => d.id === id);
        if (!original) return null;
        const at = nowIso();
        const copy: StoredDocument = {
          ...original,
          id: newId(),
          name: `${original.name} (copy)`,
          createdAt: at,
          updatedAt: at,
          data: structuredClone(original.data),
        };
        const index = get().documents.indexOf(original);
        set((state) => ({
          documents: [...state.documents.slice(0, index + 1), copy, ...state.documents.slice(index + 1)],
          lastChangeAt: at,
        }));
        return copy.id;
      },

      deleteDocument(id) {
        const index = get().documents.findIndex((d) => d.id === id);
        const document = get().documents[index];
        if (!document) return null;
        set((state) => ({ documents: state.documents.filter((d) => d.id !== id), lastChangeAt: nowIso() }));
        return { document, index };
      },

      restoreDocument(document, index) {
        set((state) => {
          if (state.documents.some((d) => d.id === document.id)) return state;
          const documents = [...state.documents];
          documents.splice(Math.min(index, documents.length), 0, document);
          return { documents, lastChangeAt: nowIso() };
        });
      },

      addImportedDocuments(documents) {
        const at = nowIso();
        const stored = documents.map((d) => fromNew(d, at));
        set((state) => ({ documents: [...state.documents, ...stored], lastChangeAt: at }));
        return stored.map((d) => d.id);
      },

      setLearner(learner) {
        set({ learner, lastChangeAt: nowIso() });
      },

      setUnitStatus(code, status) {
        set((state) => {
          const { [code]: _previous, ...rest } = state.unitStatuses;
          return { unitStatuses: status ? { ...rest, [code]: status } : rest, lastChangeAt: nowIso() };
        });
      },

      markBackedUp(at) {
        set({ lastBackupAt: at });
      },

      markExampleSeeded() {
        // The worked example is not the learner's own work, so it does not call for a backup.
        set({ hasSeededExample: true, lastChangeAt: null });
      },

      setAsideDocument(id, reason) {
        const document = get().documents.find((d) => d.id === id);
        if (!document) return;
        const record: SetAsideRecord = {
          id: `doc-${id}`,
          label: `“${document.name}”`,
          reason,
          raw: JSON.stringify(document),
          setAsideAt: nowIso(),
        };
        set((state) => ({
          documents: state.documents.filter((d) => d.id !== id),
          setAside: [...state.setAside, record],
        }));
      },

      dismissSetAside(id) {
        set((state) => ({ setAside: state.setAside.filter((r) => r.id !== id) }));
      },
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      // When a save takes in another tab's work, the store re-reads it (after the current update).
      storage: createBrowserStorage({ onOtherTabsWorkTakenIn: () => queueMicrotask(() => void useDocuments.persist.rehydrate()) }),
      // Only the learner's work is stored; actions and UI state are not.
      partialize: (state): PersistedState => ({
        documents: state.documents,
        unitStatuses: state.unitStatuses,
        learner: state.learner,
        lastBackupAt: state.lastBackupAt,
        lastChangeAt: state.lastChangeAt,
        hasSeededExample: state.hasSeededExample,
        setAside: state.setAside,
      }),
      onRehydrateStorage: () => (_state, error) => {
        if (!error) useStoreReadStatus.setState({ isRead: true, readProblem: null });
        else if (!useStoreReadStatus.getState().isRead) useStoreReadStatus.setState({ readProblem: STORE_READ_PROBLEM });
      },
      // The storage adapter already upgrades on read; this covers any other path into persist.
      migrate: async (persisted, version) => (await import('./store-reader')).restoreState(persisted, version, nowIso()),
    },
  ),
);

/** Keeps other tabs' saves in step with this one (a learner with the toolkit open twice). */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) void useDocuments.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  // A save another tab made between this page's first read and now sent its event to nobody.
  void useDocuments.persist.rehydrate();
  return () => window.removeEventListener('storage', onStorage);
}
