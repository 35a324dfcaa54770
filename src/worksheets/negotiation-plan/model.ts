import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { dateOrEmpty } from '../../lib/date-schema';
import { rowSchema, textUpTo } from '../../lib/schema-fields';
import { newId } from '../../lib/ids';
import { blankObserver, observerShape } from '../../lib/observer';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The negotiation plan and record's data (unit L3C3): schema, version and migrations, defaults. No React. */
export const NEGOTIATION_PLAN_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { number: 30, short: 200, item: 1000, answer: 5000 } as const;
export const LIST_LIMITS = { negotiations: 10, concessions: 20, opportunities: 20, closes: 10 } as const;

/** The strategies the unit names (LO1 indicative content: "tailored preparation, setting objectives, … walkaway point, emotional intelligence"), and "another". */
export const STRATEGIES = [
  'tailored-preparation',
  'win-win',
  'relationships',
  'value-proposition',
  'anchoring-framing',
  'concessions-trade-offs',
  'problem-solving',
  'time-pressure',
  'multiple-offers',
  'walkaway-point',
  'emotional-intelligence',
  'other',
] as const;
export type Strategy = Choice<typeof STRATEGIES>;

/**
 * Which way the limits run. A seller's price: the ideal is highest and the walk-away lowest
 * (walk-away ≤ target ≤ ideal). A discount given, a payment term or a delivery time: the ideal is
 * lowest (ideal ≤ target ≤ walk-away), as it is for a buyer's price.
 */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = Choice<typeof DIRECTIONS>;

/** "questions relating to add-ons, up-selling, cross-selling" (LO3 indicative content). */
export const OPPORTUNITY_KINDS = ['cross-sell', 'up-sell', 'add-on'] as const;
export type OpportunityKind = Choice<typeof OPPORTUNITY_KINDS>;

/** "ask for the order (trial close, objection close, dual close, organisation close, etc.)" (LO3 indicative content). */
export const CLOSE_TECHNIQUES = ['ask-for-order', 'objection', 'dual', 'organisation', 'summary', 'other'] as const;
export type CloseTechnique = Choice<typeof CLOSE_TECHNIQUES>;

const text = textUpTo(TEXT_LIMITS.answer);

const ConcessionSchema = rowSchema({
  /** What could be given, e.g. "Free installation". */
  what: text(TEXT_LIMITS.short),
  /** Its cost to us in pounds, as typed: read in calculations.ts, so nothing half-typed is lost. */
  cost: text(TEXT_LIMITS.number),
  /** Its value to the customer in pounds, as typed. */
  value: text(TEXT_LIMITS.number),
  /** What the learner asks for in return. */
  inReturn: text(TEXT_LIMITS.item),
});
export type Concession = z.infer<typeof ConcessionSchema>;

const OpportunitySchema = rowSchema({
  kind: choiceSchema(OPPORTUNITY_KINDS, { blank: true }),
  product: text(TEXT_LIMITS.short),
  /** The question the learner will ask to find out if it fits. */
  question: text(TEXT_LIMITS.item),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

const CloseSchema = rowSchema({ said: text(TEXT_LIMITS.item) });
export type CloseEntry = z.infer<typeof CloseSchema>;

const ObservedSchema = z.object({
  /** The negotiation's date, the observer and the customer's permission (lib/observer.ts). */
  ...observerShape,
  /** From outside the learner's organisation: the line manager then confirms the records were updated. */
  isObserverExternal: z.boolean(),
  winWin: text(),
  questionsAsked: text(),
  needsMatched: text(),
  verbalSignals: text(),
  nonVerbalSignals: text(),
  microCloses: z.array(CloseSchema).check(z.maxLength(LIST_LIMITS.closes)),
  objections: text(),
  trialCloses: z.array(CloseSchema).check(z.maxLength(LIST_LIMITS.closes)),
  closeTechnique: choiceSchema(CLOSE_TECHNIQUES, { blank: true }),
  howClosed: text(),
  recordsUpdated: text(),
  managerName: text(TEXT_LIMITS.short),
  managerDate: dateOrEmpty,
  isManagerConfirmed: z.boolean(),
});
export type Observed = z.infer<typeof ObservedSchema>;

const NegotiationSchema = rowSchema({
  customer: text(TEXT_LIMITS.short),
  contact: text(TEXT_LIMITS.short),
  date: dateOrEmpty,
  offer: text(TEXT_LIMITS.item),
  needs: text(),
  objective: text(TEXT_LIMITS.item),
  /** What the limits are set on, e.g. "Price per user per month". */
  limitsOn: text(TEXT_LIMITS.short),
  direction: choiceSchema(DIRECTIONS, { blank: true }),
  ideal: text(TEXT_LIMITS.number),
  target: text(TEXT_LIMITS.number),
  walkAway: text(TEXT_LIMITS.number),
  concessions: z.array(ConcessionSchema).check(z.maxLength(LIST_LIMITS.concessions)),
  opportunities: z.array(OpportunitySchema).check(z.maxLength(LIST_LIMITS.opportunities)),
  strategy: choiceSchema(STRATEGIES, { blank: true }),
  strategyOther: text(TEXT_LIMITS.short),
  strategyWhy: text(),
  observed: ObservedSchema,
});
export type Negotiation = z.infer<typeof NegotiationSchema>;

export const NegotiationPlanSchema = z.object({
  organisation: text(TEXT_LIMITS.short),
  negotiations: z.array(NegotiationSchema).check(z.maxLength(LIST_LIMITS.negotiations)),
});
export type NegotiationPlanData = z.infer<typeof NegotiationPlanSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const negotiationPlanMigrations: Record<number, MigrationStep> = {};

export function parseNegotiationPlan(data: unknown, version: number): ParseResult<NegotiationPlanData> {
  return parseVersioned(NegotiationPlanSchema, NEGOTIATION_PLAN_SCHEMA_VERSION, negotiationPlanMigrations, data, version);
}

export const newConcession = (): Concession => ({ id: newId(), what: '', cost: '', value: '', inReturn: '' });
export const newOpportunity = (): Opportunity => ({ id: newId(), kind: '', product: '', question: '' });
export const newClose = (): CloseEntry => ({ id: newId(), said: '' });
export const newObserved = (): Observed => ({
  ...blankObserver(),
  isObserverExternal: false,
  winWin: '',
  questionsAsked: '',
  needsMatched: '',
  verbalSignals: '',
  nonVerbalSignals: '',
  microCloses: [newClose(), newClose()],
  objections: '',
  trialCloses: [newClose()],
  closeTechnique: '',
  howClosed: '',
  recordsUpdated: '',
  managerName: '',
  managerDate: '',
  isManagerConfirmed: false,
});
export const newNegotiation = (): Negotiation => ({
  id: newId(),
  customer: '',
  contact: '',
  date: '',
  offer: '',
  needs: '',
  objective: '',
  limitsOn: '',
  direction: '',
  ideal: '',
  target: '',
  walkAway: '',
  concessions: [newConcession()],
  opportunities: [newOpportunity()],
  strategy: '',
  strategyOther: '',
  strategyWhy: '',
  observed: newObserved(),
});

/** A new document: two negotiations (the guidance's "at least two"), each with a row ready in every list. */
export function createEmptyNegotiationPlan(): NegotiationPlanData {
  return { organisation: '', negotiations: [newNegotiation(), newNegotiation()] };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** "Negotiation 2: Harlow Dental Ltd", or "Negotiation 2" before the customer is named. */
export const negotiationName = (n: Pick<Negotiation, 'customer'>, index: number) => `Negotiation ${index + 1}${hasText(n.customer) ? `: ${n.customer.trim()}` : ''}`;
