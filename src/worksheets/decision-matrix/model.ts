import * as z from 'zod/mini';
import { choiceSchema } from '../../lib/choices';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

export const DATA_TYPES = ['quantitative', 'qualitative'] as const;
export const RECURRENCES = ['new', 'recurring'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;

/**
 * The problem-solving record's data (unit L3L3): problem, data, root cause, options, the weighted
 * decision matrix, approval, implementation and evaluation. Schema, versions, defaults and new rows; no React.
 * The matrix arithmetic is in calculations.ts, the labels in labels.ts, the assessor's minimums in completeness.ts.
 */
export const DECISION_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits. */
export const TEXT_LIMITS = { number: 20, short: 200, note: 1000, answer: 5000 } as const;
/** Most rows each list accepts: keeps the matrix (options × criteria) small enough to stay quick. */
export const LIST_LIMITS = { sources: 30, fishbone: 60, options: 12, criteria: 12, actions: 40, measures: 20 } as const;
export const WHY_COUNT = 5;

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
const id = text(100).check(z.minLength(1));
/** An ISO date (yyyy-mm-dd) or empty while not chosen. */
const isoDate = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates must be written as yyyy-mm-dd'))]);

export const FISHBONE_CATEGORIES = ['people', 'process', 'technology', 'environment', 'management', 'materials', 'measurement'] as const;
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number];

export const SCALES = ['1-5', '1-10', '0-10'] as const;
export type Scale = (typeof SCALES)[number];

export const DataSourceSchema = z.object({
  id,
  source: text(TEXT_LIMITS.short),
  dataType: choiceSchema(DATA_TYPES, { blank: true }),
  method: text(TEXT_LIMITS.short),
  findings: text(),
});
export type DataSource = z.infer<typeof DataSourceSchema>;

export const FishboneCauseSchema = z.object({ id, category: z.enum(FISHBONE_CATEGORIES), cause: text(TEXT_LIMITS.note) });
export type FishboneCause = z.infer<typeof FishboneCauseSchema>;

export const OptionSchema = z.object({ id, name: text(TEXT_LIMITS.short), description: text() });
export type Option = z.infer<typeof OptionSchema>;

/** A criterion's weight is kept exactly as typed, so a half-typed or mistyped number is never lost; calculations.ts reads it. */
export const CriterionSchema = z.object({ id, name: text(TEXT_LIMITS.short), weight: text(TEXT_LIMITS.number), meaning: text(TEXT_LIMITS.note) });
export type Criterion = z.infer<typeof CriterionSchema>;

/** One matrix cell: the score as typed (checked against the scale in calculations.ts) and the note that justifies it. */
export const CellSchema = z.object({ score: text(TEXT_LIMITS.number), note: text(TEXT_LIMITS.note) });
export type Cell = z.infer<typeof CellSchema>;

const MAX_CELLS = LIST_LIMITS.options * LIST_LIMITS.criteria;

export const ActionSchema = z.object({
  id,
  action: text(TEXT_LIMITS.note),
  owner: text(TEXT_LIMITS.short),
  ownerKind: z.enum(['me', 'other', '']),
  dueDate: isoDate,
  status: z.enum(['not-started', 'in-progress', 'done', '']),
  progress: text(TEXT_LIMITS.note),
});
export type Action = z.infer<typeof ActionSchema>;

export const MeasureSchema = z.object({ id, measure: text(TEXT_LIMITS.short), before: text(TEXT_LIMITS.short), after: text(TEXT_LIMITS.short) });
export type Measure = z.infer<typeof MeasureSchema>;

export const DecisionSchema = z.object({
  organisation: text(TEXT_LIMITS.short),
  problem: z.object({
    statement: text(),
    systemicFactors: text(),
    humanFactors: text(),
    environmentalFactors: text(),
    peopleAffected: text(TEXT_LIMITS.note),
    duration: text(TEXT_LIMITS.short),
    recurrence: choiceSchema(RECURRENCES, { blank: true }),
    cost: text(TEXT_LIMITS.note),
    reputation: text(TEXT_LIMITS.note),
    severity: choiceSchema(SEVERITIES, { blank: true }),
  }),
  dataSources: z.array(DataSourceSchema).check(z.maxLength(LIST_LIMITS.sources)),
  rootCause: z.object({
    problemForWhys: text(TEXT_LIMITS.note),
    whys: z.array(text(TEXT_LIMITS.note)).check(z.maxLength(WHY_COUNT)),
    fishbone: z.array(FishboneCauseSchema).check(z.maxLength(LIST_LIMITS.fishbone)),
    statement: text(),
  }),
  optionsMethod: text(TEXT_LIMITS.note),
  options: z.array(OptionSchema).check(z.maxLength(LIST_LIMITS.options)),
  criteria: z.array(CriterionSchema).check(z.maxLength(LIST_LIMITS.criteria)),
  scale: z.enum(SCALES),
  /** Keyed by cellKey(optionId, criterionId). */
  cells: z
    .record(text(210), CellSchema)
    .check(z.refine((cells) => Object.keys(cells).length <= MAX_CELLS, `The matrix can hold at most ${MAX_CELLS} cells`)),
  decision: z.object({ chosenOptionId: text(100), reason: text() }),
  approval: z.object({
    approver: text(TEXT_LIMITS.short),
    approverRole: text(TEXT_LIMITS.short),
    dateSought: isoDate,
    how: text(TEXT_LIMITS.note),
    answer: z.enum(['approved', 'approved-with-conditions', 'declined', 'awaiting', '']),
    dateAnswered: isoDate,
    conditions: text(),
  }),
  actions: z.array(ActionSchema).check(z.maxLength(LIST_LIMITS.actions)),
  evaluation: z.object({
    measures: z.array(MeasureSchema).check(z.maxLength(LIST_LIMITS.measures)),
    outcome: z.enum(['fully', 'partly', 'not', '']),
    evidence: text(),
    furtherActions: text(),
  }),
});
export type DecisionData = z.infer<typeof DecisionSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const decisionMigrations: Record<number, MigrationStep> = {};

export function parseDecision(data: unknown, version: number): ParseResult<DecisionData> {
  return parseVersioned(DecisionSchema, DECISION_SCHEMA_VERSION, decisionMigrations, data, version);
}

/** The key of one matrix cell. Ids never contain "~", and form paths never split on it. */
export const cellKey = (optionId: string, criterionId: string) => `${optionId}~${criterionId}`;

export const emptyCell = (): Cell => ({ score: '', note: '' });

export function createEmptyDecision(): DecisionData {
  return {
    organisation: '',
    problem: {
      statement: '',
      systemicFactors: '',
      humanFactors: '',
      environmentalFactors: '',
      peopleAffected: '',
      duration: '',
      recurrence: '',
      cost: '',
      reputation: '',
      severity: '',
    },
    dataSources: [],
    rootCause: { problemForWhys: '', whys: Array.from({ length: WHY_COUNT }, () => ''), fishbone: [], statement: '' },
    optionsMethod: '',
    options: [],
    criteria: [],
    scale: '1-5',
    cells: {},
    decision: { chosenOptionId: '', reason: '' },
    approval: { approver: '', approverRole: '', dateSought: '', how: '', answer: '', dateAnswered: '', conditions: '' },
    actions: [],
    evaluation: { measures: [], outcome: '', evidence: '', furtherActions: '' },
  };
}

export const newDataSource = (sourceId: string): DataSource => ({ id: sourceId, source: '', dataType: '', method: '', findings: '' });
export const newFishboneCause = (causeId: string, category: FishboneCategory = 'people'): FishboneCause => ({ id: causeId, category, cause: '' });
export const newOption = (optionId: string): Option => ({ id: optionId, name: '', description: '' });
export const newCriterion = (criterionId: string): Criterion => ({ id: criterionId, name: '', weight: '', meaning: '' });
export const newAction = (actionId: string): Action => ({ id: actionId, action: '', owner: '', ownerKind: '', dueDate: '', status: '', progress: '' });
export const newMeasure = (measureId: string): Measure => ({ id: measureId, measure: '', before: '', after: '' });

/** The cells with a blank cell for every option × criterion pair and none for rows that no longer exist. */
export function alignCells(cells: DecisionData['cells'], options: Array<{ id: string }>, criteria: Array<{ id: string }>): DecisionData['cells'] {
  const aligned: DecisionData['cells'] = {};
  for (const option of options) {
    for (const criterion of criteria) {
      const key = cellKey(option.id, criterion.id);
      aligned[key] = cells[key] ?? emptyCell();
    }
  }
  return aligned;
}
