import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { dateOrEmpty } from '../../lib/date-schema';
import { newId } from '../../lib/ids';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The sales activity plan's data (unit L3C4 LO2–LO3): schema, version and migrations, defaults. No React. */
export const SALES_ACTIVITY_PLAN_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { number: 20, short: 200, item: 1000, answer: 5000 } as const;
export const LIST_LIMITS = { customers: 100, activities: 200, obligations: 20, costs: 100, colleagues: 10, indicators: 20, actuals: 60, issues: 20 } as const;

/** Customer or prospect: the spec's "prioritised customer and prospects lists". */
export const ACCOUNT_KINDS = ['customer', 'prospect'] as const;
export type AccountKind = Choice<typeof ACCOUNT_KINDS>;

/** The contact methods the unit lists (LO2 indicative content: "in-person, phone, email, social media, webinars, direct mail etc."), with video calls and another. */
export const CONTACT_METHODS = ['in-person', 'phone', 'video', 'email', 'social-media', 'webinar', 'direct-mail', 'event', 'other'] as const;
export type ContactMethod = Choice<typeof CONTACT_METHODS>;

/** What became of a planned activity, logged as the month runs; '' while still to come. */
export const OUTCOMES = ['done', 'moved', 'cancelled'] as const;
export type Outcome = Choice<typeof OUTCOMES>;

/** Kinds of cost (issue 20: "travel, samples, events, materials…"). */
export const COST_KINDS = ['travel', 'samples', 'events', 'materials', 'hospitality', 'digital-tools', 'other'] as const;
export type CostKind = Choice<typeof COST_KINDS>;

export const LIKELIHOODS = ['low', 'medium', 'high'] as const;
export type Likelihood = Choice<typeof LIKELIHOODS>;

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
/** A number as typed: read and checked in calculations.ts, so nothing half-typed is lost. */
const typed = text(TEXT_LIMITS.number);
const id = text(100).check(z.minLength(1));

const AccountSchema = z.object({
  id,
  name: text(TEXT_LIMITS.short),
  kind: choiceSchema(ACCOUNT_KINDS, { blank: true }),
  /** Potential value of the sale in pounds, as typed. */
  value: typed,
  /** Probability of a sale, 0–100 %, as typed. */
  probability: typed,
  notes: text(TEXT_LIMITS.item),
});
export type Account = z.infer<typeof AccountSchema>;

const ActivitySchema = z.object({
  id,
  date: dateOrEmpty,
  /** The customer or prospect it is for (an Account id), or ''. */
  accountId: text(100),
  method: choiceSchema(CONTACT_METHODS, { blank: true }),
  objective: text(TEXT_LIMITS.item),
  /** Planned hours, as typed. */
  hours: typed,
  outcome: choiceSchema(OUTCOMES, { blank: true }),
  /** What happened, logged as the month runs. */
  result: text(TEXT_LIMITS.item),
});
export type Activity = z.infer<typeof ActivitySchema>;

const ObligationSchema = z.object({
  id,
  /** Another obligation blocked out of the week: team meeting, admin, training … */
  what: text(TEXT_LIMITS.short),
  hoursPerWeek: typed,
});
export type Obligation = z.infer<typeof ObligationSchema>;

const CostSchema = z.object({
  id,
  kind: choiceSchema(COST_KINDS, { blank: true }),
  what: text(TEXT_LIMITS.short),
  /** How many (miles, packs, tickets …), as typed. */
  quantity: typed,
  /** Pounds for one, as typed. */
  unitCost: typed,
});
export type CostLine = z.infer<typeof CostSchema>;

const ColleagueSchema = z.object({
  id,
  name: text(TEXT_LIMITS.short),
  role: text(TEXT_LIMITS.short),
  date: dateOrEmpty,
  feedback: text(TEXT_LIMITS.item),
  /** What the learner changed in the plan because of it. */
  change: text(TEXT_LIMITS.item),
});
export type Colleague = z.infer<typeof ColleagueSchema>;

const ActualSchema = z.object({ id, date: dateOrEmpty, value: typed, note: text(TEXT_LIMITS.short) });
export type Actual = z.infer<typeof ActualSchema>;

const IndicatorSchema = z.object({
  id,
  name: text(TEXT_LIMITS.short),
  /** The month's target, as typed. */
  target: typed,
  /** Who it was agreed with (the AC's "agreed indicators"). */
  agreedWith: text(TEXT_LIMITS.short),
  /** How it is recorded and reported: CRM report, weekly one-to-one … */
  recordedBy: text(TEXT_LIMITS.short),
  actuals: z.array(ActualSchema).check(z.maxLength(LIST_LIMITS.actuals)),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

const IssueSchema = z.object({
  id,
  issue: text(TEXT_LIMITS.item),
  likelihood: choiceSchema(LIKELIHOODS, { blank: true }),
  /** What it would do to the planned activities. */
  effect: text(TEXT_LIMITS.item),
  /** What the learner will do about it. */
  action: text(TEXT_LIMITS.item),
});
export type PotentialIssue = z.infer<typeof IssueSchema>;

export const SalesActivityPlanSchema = z.object({
  organisation: text(TEXT_LIMITS.short),
  role: text(TEXT_LIMITS.short),
  /** The personal sales target the plan serves (its SMART wording is the SMART worksheet's). */
  target: text(TEXT_LIMITS.item),
  /** The target's value in pounds for the period, as typed (for the budget-to-target ratio). */
  targetValue: typed,
  start: dateOrEmpty,
  end: dateOrEmpty,
  accounts: z.array(AccountSchema).check(z.maxLength(LIST_LIMITS.customers)),
  activities: z.array(ActivitySchema).check(z.maxLength(LIST_LIMITS.activities)),
  /** Working hours in a normal week, as typed. */
  weeklyHours: typed,
  obligations: z.array(ObligationSchema).check(z.maxLength(LIST_LIMITS.obligations)),
  costs: z.array(CostSchema).check(z.maxLength(LIST_LIMITS.costs)),
  colleagues: z.array(ColleagueSchema).check(z.maxLength(LIST_LIMITS.colleagues)),
  indicators: z.array(IndicatorSchema).check(z.maxLength(LIST_LIMITS.indicators)),
  issues: z.array(IssueSchema).check(z.maxLength(LIST_LIMITS.issues)),
  /** What the learner's organisation requires of sales planning, monitoring and reporting. */
  requirements: text(),
  evaluation: text(),
  /** What the learner will do when the plan is off track, and next time. */
  offTrack: text(),
});
export type SalesActivityPlanData = z.infer<typeof SalesActivityPlanSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const salesActivityPlanMigrations: Record<number, MigrationStep> = {};

export function parseSalesActivityPlan(data: unknown, version: number): ParseResult<SalesActivityPlanData> {
  return parseVersioned(SalesActivityPlanSchema, SALES_ACTIVITY_PLAN_SCHEMA_VERSION, salesActivityPlanMigrations, data, version);
}

export const newAccount = (): Account => ({ id: newId(), name: '', kind: '', value: '', probability: '', notes: '' });
export const newActivity = (): Activity => ({ id: newId(), date: '', accountId: '', method: '', objective: '', hours: '', outcome: '', result: '' });
export const newObligation = (): Obligation => ({ id: newId(), what: '', hoursPerWeek: '' });
export const newCost = (): CostLine => ({ id: newId(), kind: '', what: '', quantity: '1', unitCost: '' });
export const newColleague = (): Colleague => ({ id: newId(), name: '', role: '', date: '', feedback: '', change: '' });
export const newActual = (): Actual => ({ id: newId(), date: '', value: '', note: '' });
export const newIndicator = (): Indicator => ({ id: newId(), name: '', target: '', agreedWith: '', recordedBy: '', actuals: [] });
export const newIssue = (): PotentialIssue => ({ id: newId(), issue: '', likelihood: '', effect: '', action: '' });

/** A new document: one row in each list to start from, two potential issues (the guidance's "at least two"). */
export function createEmptySalesActivityPlan(): SalesActivityPlanData {
  return {
    organisation: '',
    role: '',
    target: '',
    targetValue: '',
    start: '',
    end: '',
    accounts: [newAccount()],
    activities: [newActivity()],
    weeklyHours: '',
    obligations: [newObligation()],
    costs: [newCost()],
    colleagues: [newColleague()],
    indicators: [newIndicator()],
    issues: [newIssue(), newIssue()],
    requirements: '',
    evaluation: '',
    offTrack: '',
  };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** A colleague consulted: who, their role, when, what they said and what changed in the plan. */
export const isRecordedConsultation = (c: Colleague) => hasText(c.name) && hasText(c.role) && c.date !== '' && hasText(c.feedback) && hasText(c.change);

/** A potential issue analysed: the issue, how likely, its effect on the plan and what the learner will do. */
export const isAnalysedIssue = (i: PotentialIssue) => hasText(i.issue) && i.likelihood !== '' && hasText(i.effect) && hasText(i.action);

/** Anything written in an activity row (a row left blank is ignored, never counted against the learner). */
export const isStartedActivity = (a: Activity) => a.date !== '' || a.accountId !== '' || a.method !== '' || hasText(a.objective) || hasText(a.hours);
