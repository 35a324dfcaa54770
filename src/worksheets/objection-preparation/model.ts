import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { dateOrEmpty } from '../../lib/date-schema';
import { rowRef, rowSchema, textUpTo } from '../../lib/schema-fields';
import { newId } from '../../lib/ids';
import { blankObserver, observerShape } from '../../lib/observer';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The objection preparation's data (unit L3C2): schema, version and migrations, defaults. No React. */
export const OBJECTION_PREPARATION_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { number: 20, short: 200, item: 1000, answer: 5000 } as const;
export const LIST_LIMITS = { prospects: 20, objections: 30, sources: 30, previous: 200, concerns: 30, techniques: 30, observations: 20 } as const;

/**
 * The kinds of objection named in the unit's indicative content (seed 003, LO1): the standard ones
 * ("price, need/relevance, competitor comparison, …") then the non-standard ones ("customization
 * compatibility ethical/sustainability concerns …"), each list with its own "other".
 */
export const STANDARD_TYPES = [
  'price',
  'need',
  'competitor',
  'trust',
  'timing',
  'risk',
  'previous-experience',
  'implementation-complexity',
  'roi',
  'information',
  'other-standard',
] as const;
export const NON_STANDARD_TYPES = [
  'customisation',
  'compatibility',
  'ethical',
  'scalability',
  'security',
  'support',
  'cultural-fit',
  'regulatory',
  'implementation-timelines',
  'integration',
  'other-non-standard',
] as const;
export const OBJECTION_TYPES = [...STANDARD_TYPES, ...NON_STANDARD_TYPES] as const;
export type ObjectionType = Choice<typeof OBJECTION_TYPES>;

/** Where a review of previous objections came from (the unit's "reviewing previous sales interactions, consulting with colleagues, or conducting market research"). */
export const SOURCE_KINDS = ['colleague', 'records', 'market-research', 'other'] as const;
export type SourceKind = Choice<typeof SOURCE_KINDS>;

/** The positive-mindset techniques the unit names (LO2 indicative content), and "another". */
export const TECHNIQUES = [
  'visualisation',
  'affirmations',
  'goal-setting',
  'rehearsal',
  'role-play',
  'breathing',
  'self-talk',
  'journaling',
  'solutions',
  'other',
] as const;
export type TechniqueKind = Choice<typeof TECHNIQUES>;

const text = textUpTo(TEXT_LIMITS.answer);

const ExpectedObjectionSchema = rowSchema({
  type: choiceSchema(OBJECTION_TYPES, { blank: true }),
  /** The objection as the prospect might put it. */
  wording: text(TEXT_LIMITS.item),
  /** The underlying concern or motivation behind it. */
  concern: text(TEXT_LIMITS.item),
  response: text(TEXT_LIMITS.item),
});
export type ExpectedObjection = z.infer<typeof ExpectedObjectionSchema>;

const ProspectSchema = rowSchema({
  name: text(TEXT_LIMITS.short),
  contact: text(TEXT_LIMITS.short),
  meetingDate: dateOrEmpty,
  meetingPurpose: text(TEXT_LIMITS.item),
  known: text(TEXT_LIMITS.answer),
  objections: z.array(ExpectedObjectionSchema).check(z.maxLength(LIST_LIMITS.objections)),
});
export type Prospect = z.infer<typeof ProspectSchema>;

const SourceSchema = rowSchema({
  kind: choiceSchema(SOURCE_KINDS, { blank: true }),
  /** The colleague (name and role) or the records looked at. */
  who: text(TEXT_LIMITS.short),
  date: dateOrEmpty,
  learned: text(TEXT_LIMITS.item),
});
export type ReviewSource = z.infer<typeof SourceSchema>;

const ConcernSchema = rowSchema({
  /** The common underlying concern, e.g. "Fear of disruption while switching". */
  concern: text(TEXT_LIMITS.short),
  response: text(TEXT_LIMITS.item),
});
export type Concern = z.infer<typeof ConcernSchema>;

const PreviousObjectionSchema = rowSchema({
  said: text(TEXT_LIMITS.item),
  /** The source it came from (a ReviewSource id), or '' while not chosen. */
  sourceId: rowRef(),
  /** How many times it came up, as typed: checked in calculations.ts, so nothing half-typed is lost. */
  times: text(TEXT_LIMITS.number),
  /** The concern group it belongs to (a Concern id), or ''. */
  concernId: rowRef(),
});
export type PreviousObjection = z.infer<typeof PreviousObjectionSchema>;

const MindsetSchema = rowSchema({
  technique: choiceSchema(TECHNIQUES, { blank: true }),
  otherName: text(TEXT_LIMITS.short),
  date: dateOrEmpty,
  /** The prospect whose meeting it prepared for (a Prospect id), or ''. */
  prospectId: rowRef(),
  whatIDid: text(TEXT_LIMITS.item),
  howItHelped: text(TEXT_LIMITS.item),
});
export type MindsetEntry = z.infer<typeof MindsetSchema>;

const ObservationSchema = rowSchema({
  prospectId: rowRef(),
  /** The meeting's date, the observer and the customer's permission (lib/observer.ts). */
  ...observerShape,
  questions: text(),
  objectionsExplored: text(),
  signals: text(),
  overcome: text(),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const ObjectionPreparationSchema = z.object({
  organisation: text(TEXT_LIMITS.short),
  offer: text(TEXT_LIMITS.item),
  prospects: z.array(ProspectSchema).check(z.maxLength(LIST_LIMITS.prospects)),
  sources: z.array(SourceSchema).check(z.maxLength(LIST_LIMITS.sources)),
  concerns: z.array(ConcernSchema).check(z.maxLength(LIST_LIMITS.concerns)),
  previous: z.array(PreviousObjectionSchema).check(z.maxLength(LIST_LIMITS.previous)),
  reviewFindings: text(),
  mindset: z.array(MindsetSchema).check(z.maxLength(LIST_LIMITS.techniques)),
  observations: z.array(ObservationSchema).check(z.maxLength(LIST_LIMITS.observations)),
});
export type ObjectionPreparationData = z.infer<typeof ObjectionPreparationSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const objectionPreparationMigrations: Record<number, MigrationStep> = {};

export function parseObjectionPreparation(data: unknown, version: number): ParseResult<ObjectionPreparationData> {
  return parseVersioned(ObjectionPreparationSchema, OBJECTION_PREPARATION_SCHEMA_VERSION, objectionPreparationMigrations, data, version);
}

export const newExpectedObjection = (): ExpectedObjection => ({ id: newId(), type: '', wording: '', concern: '', response: '' });
export const newProspect = (): Prospect => ({ id: newId(), name: '', contact: '', meetingDate: '', meetingPurpose: '', known: '', objections: [newExpectedObjection()] });
export const newSource = (): ReviewSource => ({ id: newId(), kind: '', who: '', date: '', learned: '' });
export const newConcern = (): Concern => ({ id: newId(), concern: '', response: '' });
export const newPreviousObjection = (): PreviousObjection => ({ id: newId(), said: '', sourceId: '', times: '1', concernId: '' });
export const newMindsetEntry = (): MindsetEntry => ({ id: newId(), technique: '', otherName: '', date: '', prospectId: '', whatIDid: '', howItHelped: '' });
export const newObservation = (): Observation => ({
  id: newId(),
  prospectId: '',
  ...blankObserver(),
  questions: '',
  objectionsExplored: '',
  signals: '',
  overcome: '',
});

/** A new document: two prospects to prepare for (the guidance's "at least two"), everything else added as the learner goes. */
export function createEmptyObjectionPreparation(): ObjectionPreparationData {
  return {
    organisation: '',
    offer: '',
    prospects: [newProspect(), newProspect()],
    sources: [],
    concerns: [],
    previous: [],
    reviewFindings: '',
    mindset: [],
    observations: [],
  };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

export const isStandard = (type: ObjectionType | ''): boolean => (STANDARD_TYPES as readonly string[]).includes(type);
export const isNonStandard = (type: ObjectionType | ''): boolean => (NON_STANDARD_TYPES as readonly string[]).includes(type);

/** An expected objection prepared for: its kind chosen, what the prospect may say, the concern under it and a response. */
export const isPreparedObjection = (o: ExpectedObjection) => o.type !== '' && hasText(o.wording) && hasText(o.concern) && hasText(o.response);

/** A prospect named, with the meeting's date and what is known of them. */
export const isDescribedProspect = (p: Prospect) => hasText(p.name) && p.meetingDate !== '' && hasText(p.known);
