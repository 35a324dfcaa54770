import * as z from 'zod/mini';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The SMART objective writer's data: schema, defaults and small helpers. No React. */
export const SMART_SCHEMA_VERSION = 1;

export const CONTEXTS = ['sales-targets', 'development-plan', 'motivation-plan', 'presentation'] as const;
export type ContextId = (typeof CONTEXTS)[number];

export const MOTIVATION_THEORIES = ['maslow', 'herzberg', 'vroom', 'mcclelland', 'mcgregor', 'other'] as const;
export type MotivationTheory = (typeof MOTIVATION_THEORIES)[number];

/** Longest text each kind of field accepts; the form's inputs use the same limits. */
export const TEXT_LIMITS = { id: 100, short: 200, number: 40, answer: 3000, long: 8000 } as const;
export const LIST_LIMITS = { objectives: 12, criteria: 30, reviews: 60 } as const;

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
/** yyyy-mm-dd, or empty while the learner has not chosen a date. */
const IsoDate = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates must be written as yyyy-mm-dd'))]);
/** A 1–5 self-assessment score, or null while not scored. */
const Score = z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5)));

export const ReviewSchema = z.object({
  id: text(TEXT_LIMITS.id).check(z.minLength(1)),
  date: IsoDate,
  /** Where the measure stands at this review, in the objective's unit; kept as typed. */
  value: text(TEXT_LIMITS.number),
  progress: text(),
  evidence: text(),
  nextStep: text(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const ObjectiveSchema = z.object({
  id: text(TEXT_LIMITS.id).check(z.minLength(1)),
  specific: z.object({ what: text(TEXT_LIMITS.short * 2), who: text(TEXT_LIMITS.short), where: text(TEXT_LIMITS.short) }),
  measurable: z.object({
    metric: text(TEXT_LIMITS.short),
    /** Numbers are stored as typed ("£18,000") so nothing is lost; the checks read them. */
    baseline: text(TEXT_LIMITS.number),
    target: text(TEXT_LIMITS.number),
    unit: text(TEXT_LIMITS.short),
  }),
  achievable: z.object({ resources: text(), pastPerformance: text(), constraints: text() }),
  relevant: z.object({ link: text() }),
  timeBound: z.object({ deadline: IsoDate, milestones: text() }),
  /** Development-plan parts (L3S3 2.2): opportunity, methods, support and resources, measure of success. */
  development: z.object({ opportunity: text(), methods: text(), support: text(), successMeasure: text() }),
  /** The objective sentence: composed from the parts until the learner edits it. */
  sentence: z.object({ isEdited: z.boolean(), text: text(TEXT_LIMITS.answer) }),
  reviews: z.array(ReviewSchema).check(z.maxLength(LIST_LIMITS.reviews)),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const CriterionSchema = z.object({
  id: text(TEXT_LIMITS.id).check(z.minLength(1)),
  criterion: text(TEXT_LIMITS.short),
  score: Score,
  evidence: text(),
});
export type SelfAssessmentCriterion = z.infer<typeof CriterionSchema>;

export const SmartSchema = z.object({
  context: z.enum([...CONTEXTS, '']),
  /** The learner's role and organisation, e.g. "Field sales executive, Brightwave". */
  role: text(TEXT_LIMITS.short),
  /** yyyy-mm-dd the plan started: the weekly review cadence counts from here. */
  planStart: IsoDate,
  salesTargets: z.object({ teamTargets: text(), howSet: text(TEXT_LIMITS.long) }),
  selfAssessment: z.object({
    source: text(TEXT_LIMITS.short),
    tool: text(TEXT_LIMITS.short),
    criteria: z.array(CriterionSchema).check(z.maxLength(LIST_LIMITS.criteria)),
    strengths: text(),
    needs: text(),
  }),
  motivation: z.object({
    theory: z.enum([...MOTIVATION_THEORIES, '']),
    otherTheory: text(TEXT_LIMITS.short),
    mainMotivator: text(TEXT_LIMITS.short),
    whyChosen: text(),
  }),
  presentation: z.object({
    customer: text(TEXT_LIMITS.short),
    customerNeeds: text(),
    date: IsoDate,
    howWritten: text(TEXT_LIMITS.long),
  }),
  objectives: z.array(ObjectiveSchema).check(z.maxLength(LIST_LIMITS.objectives)),
  /** What changed in the plan after reviewing it (L3S1 2.3, L3S3 2.4). */
  planUpdate: text(TEXT_LIMITS.long),
});
export type SmartData = z.infer<typeof SmartSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const smartMigrations: Record<number, MigrationStep> = {};

export function parseSmart(data: unknown, version: number): ParseResult<SmartData> {
  return parseVersioned(SmartSchema, SMART_SCHEMA_VERSION, smartMigrations, data, version);
}

export function createEmptySmart(): SmartData {
  return {
    context: '',
    role: '',
    planStart: '',
    salesTargets: { teamTargets: '', howSet: '' },
    selfAssessment: { source: '', tool: '', criteria: [], strengths: '', needs: '' },
    motivation: { theory: '', otherTheory: '', mainMotivator: '', whyChosen: '' },
    presentation: { customer: '', customerNeeds: '', date: '', howWritten: '' },
    objectives: [],
    planUpdate: '',
  };
}

export function newObjective(id: string): Objective {
  return {
    id,
    specific: { what: '', who: '', where: '' },
    measurable: { metric: '', baseline: '', target: '', unit: '' },
    achievable: { resources: '', pastPerformance: '', constraints: '' },
    relevant: { link: '' },
    timeBound: { deadline: '', milestones: '' },
    development: { opportunity: '', methods: '', support: '', successMeasure: '' },
    sentence: { isEdited: false, text: '' },
    reviews: [],
  };
}

export function newReview(id: string, date = ''): Review {
  return { id, date, value: '', progress: '', evidence: '', nextStep: '' };
}

export function newCriterion(id: string, criterion = ''): SelfAssessmentCriterion {
  return { id, criterion, score: null, evidence: '' };
}

export const hasText = (value: string) => value.trim().length > 0;

/** An objective counts once the learner has said what it is; blank ones are ignored. */
export const isStarted = (objective: Objective) =>
  hasText(objective.specific.what) || (objective.sentence.isEdited && hasText(objective.sentence.text));

/** The self-assessment criteria scored as development needs (1–2), by name. */
export const developmentNeeds = (criteria: SelfAssessmentCriterion[]): string[] =>
  criteria.filter((c) => hasText(c.criterion) && c.score !== null && c.score <= 2).map((c) => c.criterion.trim());
