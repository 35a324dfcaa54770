import * as z from 'zod/mini';
import { exampleOf, type ExportingModel, type WorksheetMeta, type WorksheetModel } from '../lib/worksheet-definition';
import type { EvidenceDocument } from '../pdf/evidence-document';
import type { LearnerDetails } from '../lib/evidence-types';
import { evidenceForWorksheet } from '../pdf/evidence-for-worksheet';

/**
 * The class demo's state, as plain data. Pure: no React, no window.
 *
 * The demo keeps only what the tutor has changed, per worksheet, on top of each worksheet's worked
 * example (`createExample()`), so resetting is forgetting the changes. It is kept in the tab's
 * sessionStorage under its own key, never the learner's localStorage key (see demo-store.ts).
 */

export const DEMO_STORAGE_KEY = 'coursework-toolkit-class-demo';
export const DEMO_STORE_VERSION = 1;
/** A demo session lasts a teaching day at most: a tab restored tomorrow starts from the pristine examples. */
export const DEMO_SESSION_HOURS = 8;

/** Stands in for the learner on anything the demo exports, so no real learner's details are ever shown or printed. */
export const DEMO_LEARNER: LearnerDetails = {
  name: 'Example learner',
  learnerNumber: 'EXAMPLE-000',
  centre: 'Example training centre',
  assessor: 'Example assessor',
  qualification: 'Worked example (class demonstration)',
};

export const WORKED_EXAMPLE_NOTICE =
  'Worked example for a class demonstration. This is not a learner’s evidence and must not be submitted for assessment.';

const DemoEditSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  schemaVersion: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  // Checked by the worksheet's own schema when the example is opened.
  data: z.unknown(),
});
export type DemoEdit = z.infer<typeof DemoEditSchema>;

/** At most one changed example per worksheet; a few more than there are worksheets is plenty. */
const MAX_EDITS = 50;

const DemoStateSchema = z.object({
  startedAt: z.nullable(z.string().check(z.maxLength(40))),
  edits: z
    .record(z.string().check(z.maxLength(50)), DemoEditSchema)
    .check(z.refine((edits) => Object.keys(edits).length <= MAX_EDITS, `At most ${MAX_EDITS} changed examples.`)),
});
export type DemoState = z.infer<typeof DemoStateSchema>;

export const EMPTY_DEMO_STATE: DemoState = { startedAt: null, edits: {} };

/** Whether a demo session started at `startedAt` is still today's class (under DEMO_SESSION_HOURS old, not in the future). */
export function isDemoSessionCurrent(startedAt: string | null, now: Date): boolean {
  if (startedAt === null) return false;
  const started = Date.parse(startedAt);
  if (Number.isNaN(started)) return false;
  const ageMs = now.getTime() - started;
  // A minute of leeway for a clock that stepped back; anything further ahead is not trusted.
  return ageMs >= -60_000 && ageMs < DEMO_SESSION_HOURS * 3_600_000;
}

/** Whatever was in session storage, as a valid state: unreadable or out-of-date demos start again from the examples. */
export function restoreDemoState(stored: unknown, now: Date): DemoState {
  const parsed = DemoStateSchema.safeParse(stored);
  if (!parsed.success) return EMPTY_DEMO_STATE;
  return isDemoSessionCurrent(parsed.data.startedAt, now) ? parsed.data : EMPTY_DEMO_STATE;
}

/**
 * Entering the demo: carries on a current session (a reload), or starts a fresh one from the
 * pristine examples. A tab with no session yet keeps what was typed before the session started
 * (an example can open a moment before the demo bar that starts it); only an old session is dropped.
 */
export function startDemoSession(state: DemoState, now: Date): DemoState {
  if (isDemoSessionCurrent(state.startedAt, now)) return state;
  return { startedAt: now.toISOString(), edits: state.startedAt === null ? state.edits : {} };
}

export function withEdit(state: DemoState, worksheetId: string, edit: DemoEdit): DemoState {
  return { ...state, edits: { ...state.edits, [worksheetId]: edit } };
}

/** Every example back to pristine; `undo` holds the changes to bring back, or null when nothing had changed. */
export function resetDemo(state: DemoState): { state: DemoState; undo: DemoState['edits'] | null } {
  const hasEdits = Object.keys(state.edits).length > 0;
  return { state: { ...state, edits: {} }, undo: hasEdits ? state.edits : null };
}

/** Brings back the changes a reset removed, keeping any example changed since (the newer work wins). */
export function undoReset(state: DemoState, undo: DemoState['edits']): DemoState {
  return { ...state, edits: { ...undo, ...state.edits } };
}

export type DemoDocument = {
  name: string;
  data: unknown;
  isChanged: boolean;
  /** Why a changed example could not be read and the pristine one is shown instead. */
  problem: string | null;
};

/** The example a tutor sees: their change when it still reads, else the worksheet's pristine worked example. */
export function demoDocumentFor(model: WorksheetModel<unknown>, edit: DemoEdit | undefined): DemoDocument {
  const example = exampleOf(model);
  if (!edit) return { name: example.name, data: example.data, isChanged: false, problem: null };
  const parsed = model.parse(edit.data, edit.schemaVersion);
  if (!parsed.ok) {
    return {
      name: example.name,
      data: example.data,
      isChanged: false,
      problem: `The changes made to this example in the demo could not be read, so it is shown as it was. ${parsed.reason}`,
    };
  }
  return { name: edit.name, data: parsed.data, isChanged: true, problem: null };
}

/** The evidence PDF of a demo example: the placeholder learner, and marked plainly as a worked example. */
export function demoEvidence(
  meta: WorksheetMeta,
  model: ExportingModel<unknown>,
  documentName: string,
  data: unknown,
  date: string,
): EvidenceDocument {
  return { ...evidenceForWorksheet(meta, model, documentName, data, DEMO_LEARNER, date), workedExampleNotice: WORKED_EXAMPLE_NOTICE };
}
