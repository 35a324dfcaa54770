import * as z from 'zod/mini';
import { UnitStatusesLight } from './store-shapes';
import { CompletenessSummarySchema, LearnerDetailsLight } from '../lib/evidence-types';
import { EMPTY_LEARNER, EMPTY_PERSISTED_STATE, STORE_VERSION, type PersistedState } from './store-state';
import { isIsoDate, todayIso } from '../lib/dates';

/**
 * The rules for everything the toolkit keeps in the browser, and how stored text is read back into
 * a valid state. Pure: no React, no window. The state's type, its empty start and the version
 * are in store-state.ts, which pages load without these schemas.
 *
 * Written with zod/mini, at about a quarter of full zod's size: it loads when there is stored work
 * to check, and with any page whose own schemas use it. The learner-details and unit-progress
 * schemas that forms and backup files use (with the full zod API) are built from the same shapes
 * in store-schema-full.ts.
 */

const text = (max: number) => z.string().check(z.maxLength(max));

export { LearnerDetailsSchema, UnitStatusesSchema } from './store-schema-full';
export { UNIT_STATUSES, type UnitStatus } from './store-shapes';

export { EMPTY_LEARNER, EMPTY_PERSISTED_STATE, STORAGE_KEY, STORE_VERSION, type PersistedState } from './store-state';

/** One learner document. Its `data` is checked by its worksheet's own schema when opened. */
export const StoredDocumentSchema = z.object({
  id: text(100).check(z.minLength(1)),
  worksheetId: text(50).check(z.minLength(1)),
  name: text(200),
  createdAt: text(40),
  updatedAt: text(40),
  schemaVersion: z.number().check(z.int(), z.minimum(1)),
  data: z.unknown(),
  summary: CompletenessSummarySchema,
  /**
   * The date (yyyy-mm-dd) the learner says the work was completed, printed on its exports and in the
   * achievement log. Optional, added without a version change: a document saved before it (or with
   * it cleared) was completed on its last change (completionDateOf).
   */
  completedOn: z.optional(text(40)),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** When the work was completed: the date the learner set, else the day of its last change (the learner's own time zone). */
export function completionDateOf(document: Pick<StoredDocument, 'completedOn' | 'updatedAt'>): string {
  if (document.completedOn !== undefined && isIsoDate(document.completedOn)) return document.completedOn;
  const changed = new Date(document.updatedAt);
  return Number.isNaN(changed.getTime()) ? '' : todayIso(changed);
}

/** Something that could not be read, kept so the learner can download it; never thrown away silently. */
export const SetAsideRecordSchema = z.object({
  id: text(100),
  label: text(300),
  reason: text(1000),
  raw: z.string(),
  setAsideAt: text(40),
});
export type SetAsideRecord = z.infer<typeof SetAsideRecordSchema>;

/** Upgrade steps for the whole store, keyed by the version they upgrade from. None yet. */
export const storeMigrations: Record<number, (state: unknown) => unknown> = {};

const safeStringify = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Turns whatever was in storage into a valid state. Documents that do not fit are set aside
 * (with their raw text) rather than dropped; learner details that do not fit fall back to empty
 * and are set aside too.
 */
export function restoreState(stored: unknown, version: number, now: string): PersistedState {
  if (version > STORE_VERSION) {
    return {
      ...EMPTY_PERSISTED_STATE,
      hasSeededExample: true,
      setAside: [
        {
          id: `future-${now}`,
          label: 'Work saved by a newer version of the toolkit',
          reason: `It was saved by version ${version} of the toolkit, and this copy reads up to version ${STORE_VERSION}. Download it and open it in the newer version.`,
          raw: safeStringify(stored),
          setAsideAt: now,
        },
      ],
    };
  }
  let upgraded: unknown = stored;
  for (let v = version; v < STORE_VERSION; v += 1) {
    const step = storeMigrations[v];
    if (step) upgraded = step(upgraded);
  }
  const record = asRecord(upgraded);
  const setAside: SetAsideRecord[] = [];

  const previouslySetAside = Array.isArray(record.setAside) ? record.setAside : [];
  for (const item of previouslySetAside) {
    const parsed = SetAsideRecordSchema.safeParse(item);
    if (parsed.success) setAside.push(parsed.data);
  }

  const documents: StoredDocument[] = [];
  const seenIds = new Set<string>();
  const storedDocuments = Array.isArray(record.documents) ? record.documents : [];
  storedDocuments.forEach((item, index) => {
    const parsed = StoredDocumentSchema.safeParse(item);
    if (parsed.success && !seenIds.has(parsed.data.id)) {
      seenIds.add(parsed.data.id);
      documents.push(parsed.data);
      return;
    }
    const name = typeof asRecord(item).name === 'string' ? String(asRecord(item).name) : `document ${index + 1}`;
    setAside.push({
      id: `doc-${index}-${now}`,
      label: `“${name.slice(0, 100)}”`,
      reason: parsed.success ? 'Two documents had the same id.' : 'This document was damaged in browser storage.',
      raw: safeStringify(item),
      setAsideAt: now,
    });
  });

  const learner = LearnerDetailsLight.safeParse(record.learner);
  if (!learner.success && record.learner !== undefined) {
    setAside.push({
      id: `learner-${now}`,
      label: 'Your learner details',
      reason: 'Your learner details were damaged in browser storage. Please enter them again.',
      raw: safeStringify(record.learner),
      setAsideAt: now,
    });
  }

  // Added after version 1 without a version change: data saved before it simply has none yet.
  const unitStatuses = UnitStatusesLight.safeParse(record.unitStatuses ?? {});
  if (!unitStatuses.success) {
    setAside.push({
      id: `units-${now}`,
      label: 'Your unit progress',
      reason: 'Your record of planned, in-progress and achieved units was damaged in browser storage. Please mark your units again.',
      raw: safeStringify(record.unitStatuses),
      setAsideAt: now,
    });
  }

  const optionalText = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    documents,
    unitStatuses: unitStatuses.success ? unitStatuses.data : {},
    learner: learner.success ? learner.data : EMPTY_LEARNER,
    lastBackupAt: optionalText(record.lastBackupAt),
    lastChangeAt: optionalText(record.lastChangeAt),
    hasSeededExample: record.hasSeededExample === true || documents.length > 0,
    setAside,
  };
}

/** Reads the raw text kept in storage. Text that is not JSON at all is set aside whole. */
export function readStoredText(rawText: string, now: string): { state: PersistedState; version: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawText);
  } catch {
    return {
      version: STORE_VERSION,
      state: {
        ...EMPTY_PERSISTED_STATE,
        hasSeededExample: true,
        setAside: [
          {
            id: `unreadable-${now}`,
            label: 'Saved work that could not be read',
            reason: 'The saved data in this browser was damaged (it may have been only partly written). It is kept here so you can download it.',
            raw: rawText,
            setAsideAt: now,
          },
        ],
      },
    };
  }
  const envelope = asRecord(parsed);
  const version = typeof envelope.version === 'number' ? envelope.version : 1;
  return { state: restoreState(envelope.state, version, now), version: STORE_VERSION };
}
