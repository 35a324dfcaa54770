import * as z from 'zod/mini';
import { dateOrNotGiven } from '../../lib/dates';
import { shortText } from '../../lib/text-list';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';
import type { UnitSpec } from '../../lib/spec/unit-spec';
import { minimumsOf, startingEntries } from './guidance';

/**
 * A unit workbook's data: an answer for each AC of the unit (written, or evidence records for
 * practical AC, or a link to a worksheet document that evidences it) and a list or an amount for
 * each number the guidance sets. Kept as arrays in the unit's order, each entry naming its AC or
 * guidance key, so form paths never contain an AC's dot. No React.
 */
export const WORKBOOK_SCHEMA_VERSION = 1;

export const TEXT_LIMITS = { short: 200, record: 1000, entry: 2000, answer: 20000 } as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const id = () => z.string().check(z.minLength(1), z.maxLength(100));

/** A practical AC's evidence: what it is, where it is kept, its date and who observed or witnessed it. */
export const EvidenceRecordSchema = z.object({
  id: id(),
  what: text(TEXT_LIMITS.record),
  where: text(TEXT_LIMITS.record),
  /** ISO date (yyyy-mm-dd), or '' while not given. */
  date: z.union([z.literal(''), z.iso.date()]),
  by: text(TEXT_LIMITS.short),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

/** The worksheet document chosen as this AC's evidence; documentId '' while the learner answers here. */
export const WorksheetLinkSchema = z.object({
  documentId: text(100),
  documentName: text(TEXT_LIMITS.short),
  worksheetTitle: text(TEXT_LIMITS.short),
});
export type WorksheetLink = z.infer<typeof WorksheetLinkSchema>;

export const AnswerSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(10)),
  text: text(TEXT_LIMITS.answer),
  records: z.array(EvidenceRecordSchema).check(z.maxLength(50)),
  evidence: WorksheetLinkSchema,
});
export type Answer = z.infer<typeof AnswerSchema>;

export const ListEntrySchema = z.object({ id: id(), text: text(TEXT_LIMITS.entry) });

/** What one number of the guidance asks for: list entries, or an amount (as typed: "20"). */
export const MinimumAnswerSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(400)),
  entries: z.array(ListEntrySchema).check(z.maxLength(100)),
  amount: text(20),
});
export type MinimumAnswer = z.infer<typeof MinimumAnswerSchema>;

export const WorkbookSchema = z.object({
  unit: z.string().check(z.regex(/^L\d[A-Z]\d$/)),
  answers: z.array(AnswerSchema).check(z.maxLength(100)),
  minimums: z.array(MinimumAnswerSchema).check(z.maxLength(100)),
});
export type WorkbookData = z.infer<typeof WorkbookSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const workbookMigrations: Record<number, MigrationStep> = {};

export const NO_LINK: WorksheetLink = { documentId: '', documentName: '', worksheetTitle: '' };

export const blankAnswer = (code: string): Answer => ({ code, text: '', records: [], evidence: { ...NO_LINK } });
export const blankRecord = (recordId: string): EvidenceRecord => ({ id: recordId, what: '', where: '', date: '', by: '' });
export const blankEntry = (entryId: string) => ({ id: entryId, text: '' });

const codesOf = (unit: UnitSpec) => unit.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));

/** A new workbook: every AC unanswered, every list with as many blank entries as the guidance asks for. */
export function createEmptyWorkbook(unit: UnitSpec): WorkbookData {
  return {
    unit: unit.code,
    answers: codesOf(unit).map(blankAnswer),
    minimums: minimumsOf(unit).map((minimum) => ({
      key: minimum.key,
      entries: Array.from({ length: startingEntries(minimum) }, (_, index) => blankEntry(`${minimum.outcome}-${index + 1}`)),
      amount: '',
    })),
  };
}

/**
 * The data in the unit's order: an answer for every AC and an entry for every number, added blank
 * where missing (a spec correction, an older save). Anything the unit no longer has is kept, after
 * the rest, so nothing the learner wrote is ever dropped.
 */
export function alignToUnit(data: WorkbookData, unit: UnitSpec): WorkbookData {
  const align = <T,>(items: T[], keys: string[], keyOf: (item: T) => string, blank: (key: string) => T) => [
    ...keys.map((key) => items.find((item) => keyOf(item) === key) ?? blank(key)),
    ...items.filter((item) => !keys.includes(keyOf(item))),
  ];
  const empty = createEmptyWorkbook(unit);
  return {
    unit: data.unit,
    answers: align(data.answers, codesOf(unit), (answer) => answer.code, blankAnswer),
    minimums: align(
      data.minimums,
      empty.minimums.map((minimum) => minimum.key),
      (minimum) => minimum.key,
      (key) => empty.minimums.find((minimum) => minimum.key === key)!,
    ),
  };
}

/** Reads stored data of this unit's workbook, upgraded; data of another unit is refused. */
export function parseWorkbook(unit: UnitSpec, data: unknown, version: number): ParseResult<WorkbookData> {
  const parsed = parseVersioned(WorkbookSchema, WORKBOOK_SCHEMA_VERSION, workbookMigrations, data, version);
  if (!parsed.ok) return parsed;
  if (parsed.data.unit !== unit.code) return { ok: false, reason: `This is a workbook for unit ${parsed.data.unit}, not ${unit.code}.` };
  return { ok: true, data: alignToUnit(parsed.data, unit) };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** A record counts once it says what the evidence is, where it is kept, when, and who observed or witnessed it. */
export const isCompleteRecord = (record: EvidenceRecord) => hasText(record.what) && hasText(record.where) && record.date !== '' && hasText(record.by);

export const isLinked = (answer: Answer) => answer.evidence.documentId !== '';

/** The entries with something written in them. */
export const writtenEntries = (minimum: MinimumAnswer) => minimum.entries.filter((entry) => hasText(entry.text));

/** An amount as a number, or null when it is not one (kept as typed, so nothing half-typed is lost). */
export function amountOf(minimum: MinimumAnswer): number | null {
  const trimmed = minimum.amount.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** A complete evidence record folded to one line on its page (ui/Fold): "24 September 2026, by Priya Shah: Witness testimony…". Null while incomplete. */
export const recordLine = (record: EvidenceRecord | undefined): string | null =>
  record && isCompleteRecord(record) ? `${dateOrNotGiven(record.date)}, by ${shortText(record.by, 40)}: ${shortText(record.what, 60)}` : null;
