import * as z from 'zod/mini';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The pipeline calculator's data: schema, defaults and new-item factories. No React. */
export const PIPELINE_SCHEMA_VERSION = 2;

/** Longest text each kind of field accepts; the form's inputs use the same limits. */
export const TEXT_LIMITS = { short: 200, action: 500, answer: 5000 } as const;
/** Longest lists the schema accepts (far beyond real use, small enough to keep storage safe). */
export const LIST_LIMITS = { stages: 12, criteria: 10, prospects: 1000, reviews: 60, stageHistory: 40 } as const;
/** Criteria are scored 0 (not at all) to 5 (fully met). */
export const MAX_SCORE = 5;

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
const Id = z.string().check(z.minLength(1), z.maxLength(100));
/** A date from a date input: empty until chosen, otherwise yyyy-mm-dd. */
const IsoDate = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates must be written as yyyy-mm-dd'))]);
/**
 * A number as the learner typed it, or null while the field is empty. Negative and fractional
 * values are kept (so nothing typed is lost) and explained by the calculations instead.
 */
const TypedNumber = z.nullable(z.number().check(z.minimum(-1e12), z.maximum(1e12)));
const Score = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(MAX_SCORE)));
const Scores = z.record(Id, Score);

export const CONTACT_FREQUENCIES = ['', 'daily', 'twice-weekly', 'weekly', 'fortnightly', 'monthly', 'quarterly'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export const StageSchema = z.object({
  id: Id,
  name: text(TEXT_LIMITS.short),
  /** How many reached this stage during the period. */
  count: TypedNumber,
  /** The learner's own chance of winning from this stage (%); null uses the stage's conversion to customer. */
  probability: TypedNumber,
});
export type Stage = z.infer<typeof StageSchema>;

export const CriterionSchema = z.object({
  id: Id,
  name: text(TEXT_LIMITS.short),
  weight: TypedNumber,
  guidance: text(TEXT_LIMITS.action),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const StageChangeSchema = z.object({ date: IsoDate, stageId: z.string().check(z.maxLength(100)) });
export type StageChange = z.infer<typeof StageChangeSchema>;

export const ProspectSchema = z.object({
  id: Id,
  name: text(TEXT_LIMITS.short),
  stageId: z.string().check(z.maxLength(100)),
  value: TypedNumber,
  scores: Scores,
  /** Hours a month the learner plans to spend on this prospect. */
  hoursPerMonth: TypedNumber,
  contactFrequency: z.enum(CONTACT_FREQUENCIES),
  nextAction: text(TEXT_LIMITS.action),
  nextActionDate: IsoDate,
  stageHistory: z.array(StageChangeSchema).check(z.maxLength(LIST_LIMITS.stageHistory)),
});
export type Prospect = z.infer<typeof ProspectSchema>;

/** One prospect as it stood at a review: its stage and its scores on each criterion. */
export const ReviewEntrySchema = z.object({ prospectId: Id, stageId: z.string().check(z.maxLength(100)), scores: Scores });

export const ReviewSchema = z.object({
  id: Id,
  date: IsoDate,
  note: text(TEXT_LIMITS.action),
  entries: z.array(ReviewEntrySchema).check(z.maxLength(LIST_LIMITS.prospects)),
});
export type Review = z.infer<typeof ReviewSchema>;

/** One input to sales velocity as the learner typed it, with where the figure comes from (e.g. "CRM report, Q3"). */
export const VelocityInputSchema = z.object({ value: TypedNumber, source: text(TEXT_LIMITS.short) });
export type VelocityInput = z.infer<typeof VelocityInputSchema>;

export const VelocitySchema = z.object({
  opportunities: VelocityInputSchema,
  averageDealValue: VelocityInputSchema,
  /** The win rate in per cent (0–100). */
  winRatePercent: VelocityInputSchema,
  cycleDays: VelocityInputSchema,
});
export type Velocity = z.infer<typeof VelocitySchema>;

export const NAMED_STAGES = ['lead', 'prospect', 'proposal', 'customer'] as const;
export type NamedStage = (typeof NAMED_STAGES)[number];

export const PipelineSchema = z.object({
  context: z.object({
    organisation: text(TEXT_LIMITS.short),
    /** The CRM or other system the learner tracks prospects in (AC 3.2). */
    system: text(TEXT_LIMITS.short),
    periodStart: IsoDate,
    periodEnd: IsoDate,
  }),
  stages: z.array(StageSchema).check(z.maxLength(LIST_LIMITS.stages)),
  /** Which of the learner's own stages the unit's named ratios start from and end at (stage ids, '' if not chosen). */
  namedStages: z.object({
    lead: z.string().check(z.maxLength(100)),
    prospect: z.string().check(z.maxLength(100)),
    proposal: z.string().check(z.maxLength(100)),
    customer: z.string().check(z.maxLength(100)),
  }),
  bottleneckAction: text(),
  /** L3C1 1.3: how the learner uses conversion rates when prospecting. */
  ratioUse: text(),
  planner: z.object({
    targetKind: z.enum(['customers', 'revenue']),
    targetCustomers: TypedNumber,
    targetRevenue: TypedNumber,
    averageDealValue: TypedNumber,
    availableHoursPerMonth: TypedNumber,
  }),
  /** Sales velocity's four inputs, each typed by the learner with its source (version 2). */
  velocity: VelocitySchema,
  criteria: z.array(CriterionSchema).check(z.maxLength(LIST_LIMITS.criteria)),
  /** The learner has chosen or confirmed the criteria: the BANT defaults alone do not count (version 2). */
  criteriaConfirmed: z.boolean(),
  prospects: z.array(ProspectSchema).check(z.maxLength(LIST_LIMITS.prospects)),
  reviews: z.array(ReviewSchema).check(z.maxLength(LIST_LIMITS.reviews)),
});
export type PipelineData = z.infer<typeof PipelineSchema>;

const emptyVelocityInput = (): VelocityInput => ({ value: null, source: '' });

/** Whether the criteria are still the BANT defaults exactly as preloaded (names, guidance, equal weights). */
function isUntouchedBant(criteria: unknown): boolean {
  if (!Array.isArray(criteria) || criteria.length !== BANT_CRITERIA.length) return false;
  return BANT_CRITERIA.every((bant, i) => {
    const c = criteria[i] as Partial<Criterion> | undefined;
    return c?.id === bant.id && c.name === bant.name && c.guidance === bant.guidance && c.weight === 1;
  });
}

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const pipelineMigrations: Record<number, MigrationStep> = {
  /**
   * 1 → 2: sales velocity gets its own typed inputs with sources; the cycle length the learner typed
   * in the planner moves there. Criteria changed from the BANT defaults count as chosen; untouched
   * defaults wait for the learner to confirm them.
   */
  1: (data) => {
    const old = data as { planner?: Record<string, unknown>; criteria?: unknown };
    const { salesCycleDays, ...planner } = old.planner ?? {};
    return {
      ...old,
      planner,
      velocity: {
        opportunities: emptyVelocityInput(),
        averageDealValue: emptyVelocityInput(),
        winRatePercent: emptyVelocityInput(),
        cycleDays: { value: typeof salesCycleDays === 'number' ? salesCycleDays : null, source: '' },
      },
      criteriaConfirmed: !isUntouchedBant(old.criteria),
    };
  },
};

export function parsePipeline(data: unknown, version: number): ParseResult<PipelineData> {
  return parseVersioned(PipelineSchema, PIPELINE_SCHEMA_VERSION, pipelineMigrations, data, version);
}

/** The unit's default stages, in funnel order; ids are fixed so the named ratios find them. */
export const DEFAULT_STAGES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'stage-lead', name: 'Lead' },
  { id: 'stage-prospect', name: 'Prospect' },
  { id: 'stage-meeting', name: 'Meeting' },
  { id: 'stage-proposal', name: 'Proposal' },
  { id: 'stage-negotiation', name: 'Negotiation' },
  { id: 'stage-customer', name: 'Customer' },
];

/** BANT, the default qualification criteria (L3C5 indicative content: budget, decision maker, need, timeline). */
export const BANT_CRITERIA: ReadonlyArray<Omit<Criterion, 'weight'>> = [
  { id: 'crit-budget', name: 'Budget', guidance: 'Is there a budget in place for this purchase?' },
  { id: 'crit-authority', name: 'Authority', guidance: 'Have you identified and reached the decision maker?' },
  { id: 'crit-need', name: 'Need', guidance: 'Is there a confirmed need for the product or service?' },
  { id: 'crit-timeline', name: 'Timeline', guidance: 'Is there a timeline for deciding and buying?' },
];

export function createEmptyPipeline(): PipelineData {
  return {
    context: { organisation: '', system: '', periodStart: '', periodEnd: '' },
    stages: DEFAULT_STAGES.map((s) => ({ ...s, count: null, probability: null })),
    namedStages: { lead: 'stage-lead', prospect: 'stage-prospect', proposal: 'stage-proposal', customer: 'stage-customer' },
    bottleneckAction: '',
    ratioUse: '',
    planner: {
      targetKind: 'customers',
      targetCustomers: null,
      targetRevenue: null,
      averageDealValue: null,
      availableHoursPerMonth: null,
    },
    velocity: { opportunities: emptyVelocityInput(), averageDealValue: emptyVelocityInput(), winRatePercent: emptyVelocityInput(), cycleDays: emptyVelocityInput() },
    criteria: BANT_CRITERIA.map((c) => ({ ...c, weight: 1 })),
    criteriaConfirmed: false,
    prospects: [],
    reviews: [],
  };
}

export const newStage = (id: string): Stage => ({ id, name: '', count: null, probability: null });
export const newCriterion = (id: string): Criterion => ({ id, name: '', weight: 1, guidance: '' });

/** A new prospect at the given stage, its first stage dated today. */
export function newProspect(id: string, stageId: string, today: string): Prospect {
  return {
    id,
    name: '',
    stageId,
    value: null,
    scores: {},
    hoursPerMonth: null,
    contactFrequency: '',
    nextAction: '',
    nextActionDate: '',
    stageHistory: stageId ? [{ date: today, stageId }] : [],
  };
}

/**
 * The stage history after the learner moves a prospect to `stageId` on `date`: a move on the
 * same day as the last one corrects it rather than adding another.
 */
export function recordStageChange(history: StageChange[], stageId: string, date: string): StageChange[] {
  const last = history.at(-1);
  if (last?.stageId === stageId) return history;
  if (last && last.date === date) return [...history.slice(0, -1), { date, stageId }].slice(-LIST_LIMITS.stageHistory);
  return [...history, { date, stageId }].slice(-LIST_LIMITS.stageHistory);
}

/**
 * A review that records every named prospect's current stage and its score on every named
 * criterion (null where not scored) on `date`, so later changes to the list leave it as it was.
 */
export function snapshotReview(data: PipelineData, id: string, date: string, note: string): Review {
  const criteria = data.criteria.filter((c) => c.name.trim() !== '');
  return {
    id,
    date,
    note,
    entries: data.prospects
      .filter((p) => p.name.trim() !== '')
      .map((p) => ({
        prospectId: p.id,
        stageId: p.stageId,
        scores: Object.fromEntries(criteria.map((c) => [c.id, p.scores[c.id] ?? null])),
      })),
  };
}
