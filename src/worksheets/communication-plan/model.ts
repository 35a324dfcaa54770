import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { dateOrEmpty } from '../../lib/date-schema';
import { rowRef, rowSchema, textUpTo } from '../../lib/schema-fields';
import { isIsoDate } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { blankOrganisation, organisationSchema } from '../../lib/organisation';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';
import { PREFERENCE_SCALES, RATING_MAX, RATING_MIN } from './self-rating';

/** The communication plan's data: schema, version and migrations, defaults. No React. */
export const COMMUNICATION_PLAN_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, item: 1000, answer: 5000 } as const;
export const LIST_LIMITS = { audiences: 10, activities: 40, actions: 20, barriers: 20 } as const;

export const BARRIER_LEVELS = ['individual', 'team', 'organisational'] as const;
export type BarrierLevel = Choice<typeof BARRIER_LEVELS>;

/** Whom an improvement action is for: the spec asks for "colleagues and customers". */
export const ACTION_AUDIENCES = ['colleagues', 'customers', 'both'] as const;
export type ActionAudience = Choice<typeof ACTION_AUDIENCES>;

const text = textUpTo(TEXT_LIMITS.answer);

const AudienceSchema = rowSchema({
  name: text(TEXT_LIMITS.short),
  who: text(TEXT_LIMITS.item),
  needs: text(TEXT_LIMITS.item),
  channels: text(TEXT_LIMITS.item),
  legal: text(TEXT_LIMITS.item),
  organisational: text(TEXT_LIMITS.item),
  approach: text(TEXT_LIMITS.item),
});
export type Audience = z.infer<typeof AudienceSchema>;

const ActivitySchema = rowSchema({
  date: dateOrEmpty,
  channel: text(TEXT_LIMITS.short),
  message: text(TEXT_LIMITS.item),
  owner: text(TEXT_LIMITS.short),
  measure: text(TEXT_LIMITS.item),
});
export type Activity = z.infer<typeof ActivitySchema>;

const ActionSchema = rowSchema({
  action: text(TEXT_LIMITS.item),
  audience: choiceSchema(ACTION_AUDIENCES, { blank: true }),
  byWhen: dateOrEmpty,
  measure: text(TEXT_LIMITS.item),
});
export type ImprovementAction = z.infer<typeof ActionSchema>;

const BarrierSchema = rowSchema({
  level: choiceSchema(BARRIER_LEVELS, { blank: true }),
  barrier: text(TEXT_LIMITS.short),
  explanation: text(TEXT_LIMITS.item),
  overcome: text(TEXT_LIMITS.item),
});
export type Barrier = z.infer<typeof BarrierSchema>;

export const CommunicationPlanSchema = z.object({
  organisation: organisationSchema(TEXT_LIMITS.answer),
  audiences: z.array(AudienceSchema).check(z.maxLength(LIST_LIMITS.audiences)),
  /** How the learner would approach the audiences differently, compared. */
  differences: text(),
  plan: z.object({ audienceId: rowRef(), aim: text() }),
  activities: z.array(ActivitySchema).check(z.maxLength(LIST_LIMITS.activities)),
  preferences: z.object({
    /** One rating per PREFERENCE_SCALES line, 1–5, null until rated. */
    ratings: z.array(z.nullable(z.number().check(z.int(), z.minimum(RATING_MIN), z.maximum(RATING_MAX)))).check(z.length(PREFERENCE_SCALES.length)),
    analysis: text(),
    improvementAreas: text(),
  }),
  actions: z.array(ActionSchema).check(z.maxLength(LIST_LIMITS.actions)),
  barriers: z.array(BarrierSchema).check(z.maxLength(LIST_LIMITS.barriers)),
});
export type CommunicationPlanData = z.infer<typeof CommunicationPlanSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const communicationPlanMigrations: Record<number, MigrationStep> = {};

export function parseCommunicationPlan(data: unknown, version: number): ParseResult<CommunicationPlanData> {
  return parseVersioned(CommunicationPlanSchema, COMMUNICATION_PLAN_SCHEMA_VERSION, communicationPlanMigrations, data, version);
}

export const newAudience = (itemId: string = newId()): Audience => ({ id: itemId, name: '', who: '', needs: '', channels: '', legal: '', organisational: '', approach: '' });
export const newActivity = (itemId: string = newId()): Activity => ({ id: itemId, date: '', channel: '', message: '', owner: '', measure: '' });
export const newAction = (itemId: string = newId()): ImprovementAction => ({ id: itemId, action: '', audience: '', byWhen: '', measure: '' });
export const newBarrier = (level: BarrierLevel | '' = '', itemId: string = newId()): Barrier => ({ id: itemId, level, barrier: '', explanation: '', overcome: '' });

/** A blank plan with the minimum number of empty rows, so the learner sees what is needed; one barrier row per level. */
export function createEmptyCommunicationPlan(): CommunicationPlanData {
  return {
    organisation: blankOrganisation(),
    audiences: [newAudience(), newAudience()],
    differences: '',
    plan: { audienceId: '', aim: '' },
    activities: [newActivity(), newActivity(), newActivity()],
    preferences: { ratings: PREFERENCE_SCALES.map(() => null), analysis: '', improvementAreas: '' },
    actions: [newAction(), newAction()],
    barriers: BARRIER_LEVELS.map((level) => newBarrier(level)),
  };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** An audience evaluated on every factor the section asks for (its approach is its own rule). */
export const isEvaluated = (a: Audience) => [a.name, a.who, a.needs, a.channels, a.legal, a.organisational].every(hasText);

/** An activity that is a planned communication: when, by which channel, saying what. */
export const isPlannedActivity = (a: Activity) => isIsoDate(a.date) && hasText(a.channel) && hasText(a.message);

export const isSpecifiedAction = (a: ImprovementAction) => hasText(a.action) && a.audience !== '';

export const isExplainedBarrier = (b: Barrier) => b.level !== '' && hasText(b.barrier) && hasText(b.explanation) && hasText(b.overcome);

/** The audience the plan is for, if it is still one of those named. */
export const chosenAudience = (data: Pick<CommunicationPlanData, 'plan' | 'audiences'>): Audience | undefined =>
  data.audiences.find((a) => a.id === data.plan.audienceId && hasText(a.name));
