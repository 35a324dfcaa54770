import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  DEMO_STORAGE_KEY,
  DEMO_STORE_VERSION,
  EMPTY_DEMO_STATE,
  resetDemo,
  restoreDemoState,
  startDemoSession,
  undoReset,
  withEdit,
  type DemoEdit,
  type DemoState,
} from './demo-state';

type DemoActions = {
  /** Entering the demo: a reload carries on, anything older starts from the pristine examples. */
  enter(now: Date): void;
  saveEdit(worksheetId: string, edit: DemoEdit): void;
  /** Every example back to pristine; returns whether anything had changed. */
  resetAll(): boolean;
  undoReset(): void;
  /** Leaving the demo: its changes are forgotten and its session storage removed. */
  leave(): void;
};

type DemoStore = DemoState &
  DemoActions & {
    /** What the last reset removed, for its undo; kept in memory only, and dropped at the next change. */
    undoEdits: DemoState['edits'] | null;
    /** Goes up at every reset and undo, so an open example remounts with its new data. */
    revision: number;
  };

/**
 * sessionStorage, not localStorage: it belongs to this tab alone, survives a reload, and ends with
 * the tab, so the demo never reaches another tab or the learner's own storage key. A browser that
 * will not store it (private mode, full) only loses the demo on reload; nothing is thrown.
 */
function createDemoStorage(): PersistStorage<DemoState> {
  return {
    getItem(name) {
      try {
        const text = window.sessionStorage.getItem(name);
        if (text === null) return null;
        const stored = JSON.parse(text) as { state?: unknown };
        return { state: restoreDemoState(stored?.state, new Date()), version: DEMO_STORE_VERSION };
      } catch {
        return null;
      }
    },
    setItem(name, value: StorageValue<DemoState>) {
      try {
        window.sessionStorage.setItem(name, JSON.stringify(value));
      } catch {
        // The demo carries on in memory.
      }
    },
    removeItem(name) {
      try {
        window.sessionStorage.removeItem(name);
      } catch {
        // Nothing to tidy up.
      }
    },
  };
}

export const useDemo = create<DemoStore>()(
  persist(
    (set, get) => ({
      ...EMPTY_DEMO_STATE,
      undoEdits: null,
      revision: 0,

      enter(now) {
        const { startedAt, edits, revision } = get();
        const next = startDemoSession({ startedAt, edits }, now);
        if (next.startedAt === startedAt) return;
        // Remount an open example only when edits were dropped: with none, the page on screen already
        // shows the pristine example, and a remount would throw away what the tutor is typing.
        const droppedEdits = next.edits !== edits && Object.keys(edits).length > 0;
        set({ ...next, undoEdits: null, revision: droppedEdits ? revision + 1 : revision });
      },

      saveEdit(worksheetId, edit) {
        set((state) => ({ ...withEdit(state, worksheetId, edit), undoEdits: null }));
      },

      resetAll() {
        const { state, undo } = resetDemo(get());
        set({ edits: state.edits, undoEdits: undo, revision: get().revision + 1 });
        return undo !== null;
      },

      undoReset() {
        const { undoEdits } = get();
        if (!undoEdits) return;
        set((state) => ({ edits: undoReset(state, undoEdits).edits, undoEdits: null, revision: state.revision + 1 }));
      },

      leave() {
        set({ ...EMPTY_DEMO_STATE, undoEdits: null, revision: get().revision + 1 });
        useDemo.persist.clearStorage();
      },
    }),
    {
      name: DEMO_STORAGE_KEY,
      version: DEMO_STORE_VERSION,
      storage: createDemoStorage(),
      partialize: (state): DemoState => ({ startedAt: state.startedAt, edits: state.edits }),
      migrate: (persisted) => restoreDemoState(persisted, new Date()),
    },
  ),
);
