import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { dateOrEmpty } from '../../lib/date-schema';
import { outlineOf } from '../../lib/spec/outlines';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The witness testimony's data: schema, version and migrations, defaults. No React. */
export const WITNESS_TESTIMONY_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, contact: 300, setting: 1000, account: 5000, comments: 5000 } as const;
/** More AC than any unit has (the most is 11), so every AC of a unit can be chosen. */
export const LIST_LIMITS = { observed: 40 } as const;

/** Who the witness is to the learner ("Testimony from senior colleagues/clients", seed 003 line 508). */
export const RELATIONSHIPS = ['line-manager', 'senior-colleague', 'colleague', 'customer', 'trainer-coach-mentor', 'other'] as const;
export type Relationship = Choice<typeof RELATIONSHIPS>;

export const ASSESSOR_QUALIFICATIONS = ['yes', 'no'] as const;
export type AssessorQualification = Choice<typeof ASSESSOR_QUALIFICATIONS>;

export const ASSESSOR_DECISIONS = ['accepted', 'not-accepted'] as const;
export type AssessorDecision = Choice<typeof ASSESSOR_DECISIONS>;

const text = (max: number) => z.string().check(z.maxLength(max));

/** One AC the witness saw, by its code in the chosen unit ('2.2'), and what they saw, in their words. */
export const ObservedCriterionSchema = z.object({ code: text(10), account: text(TEXT_LIMITS.account) });
export type ObservedCriterion = z.infer<typeof ObservedCriterionSchema>;

export const WitnessSchema = z.object({
  name: text(TEXT_LIMITS.short),
  role: text(TEXT_LIMITS.short),
  relationship: choiceSchema(RELATIONSHIPS, { blank: true }),
  /** Their relationship in words, when none of the choices fits. */
  relationshipOther: text(TEXT_LIMITS.short),
  /** How long they have known the learner's work, in words ("two years"). */
  knownFor: text(TEXT_LIMITS.short),
  contact: text(TEXT_LIMITS.contact),
  assessorQualification: choiceSchema(ASSESSOR_QUALIFICATIONS, { blank: true }),
  /** Which assessor qualification, when they hold one. */
  qualificationName: text(TEXT_LIMITS.short),
});
export type Witness = z.infer<typeof WitnessSchema>;

export const WitnessTestimonySchema = z.object({
  /** The unit the testimony evidences ('L3C3'), or '' until chosen. */
  unit: z.string().check(z.refine((code) => code === '' || outlineOf(code)?.code === code, { message: 'Not a unit of the qualification' })),
  observed: z.array(ObservedCriterionSchema).check(z.maxLength(LIST_LIMITS.observed)),
  witness: WitnessSchema,
  /** The date they saw it, or the first of several. */
  observedFrom: dateOrEmpty,
  /** The last date, when they saw it over a period; '' for a single date. */
  observedTo: dateOrEmpty,
  setting: text(TEXT_LIMITS.setting),
  /** When the witness signed the declaration, if the learner records it here as well as on paper. */
  declarationDate: dateOrEmpty,
  assessor: z.object({
    decision: choiceSchema(ASSESSOR_DECISIONS, { blank: true }),
    comments: text(TEXT_LIMITS.comments),
    date: dateOrEmpty,
  }),
});
export type WitnessTestimonyData = z.infer<typeof WitnessTestimonySchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const witnessTestimonyMigrations: Record<number, MigrationStep> = {};

export function parseWitnessTestimony(data: unknown, version: number): ParseResult<WitnessTestimonyData> {
  return parseVersioned(WitnessTestimonySchema, WITNESS_TESTIMONY_SCHEMA_VERSION, witnessTestimonyMigrations, data, version);
}

export const blankWitness = (): Witness => ({
  name: '',
  role: '',
  relationship: '',
  relationshipOther: '',
  knownFor: '',
  contact: '',
  assessorQualification: '',
  qualificationName: '',
});

export function createEmptyWitnessTestimony(): WitnessTestimonyData {
  return {
    unit: '',
    observed: [],
    witness: blankWitness(),
    observedFrom: '',
    observedTo: '',
    setting: '',
    declarationDate: '',
    assessor: { decision: '', comments: '', date: '' },
  };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** The relationship chosen, and described in words when it is "Other". */
export const hasRelationship = (w: Witness) => w.relationship !== '' && (w.relationship !== 'other' || hasText(w.relationshipOther));
