import * as z from 'zod/mini';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';
import { blankOrganisation, organisationSchema } from '../../lib/organisation';
import { choiceSchema, type Choice } from '../../lib/choices';

/** The PESTLE builder's data: schema, version and migrations, defaults and new rows. No React. */
export const PESTLE_SCHEMA_VERSION = 1;

export const PESTLE_HEADINGS = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
export type PestleHeading = (typeof PESTLE_HEADINGS)[number];

/** Internal forces named in the unit's indicative content (L3B2, LO2). */
export const INTERNAL_AREAS = [
  'leadership',
  'structure',
  'culture',
  'employees',
  'workforce-dynamics',
  'internal-communication',
  'policies-procedures',
  'resources-infrastructure',
  'strategy',
  'change-management',
  'other',
] as const;
export type InternalArea = (typeof INTERNAL_AREAS)[number];

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, factor: 500, answer: 5000, summary: 10000 } as const;

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
/** A 1–5 rating, or null while the learner has not chosen one. */
const Rating = z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5)));
export const DIRECTIONS = ['opportunity', 'threat'] as const;
export type Direction = Choice<typeof DIRECTIONS>;
export const TIME_FRAMES = ['short', 'medium', 'long'] as const;
export type TimeFrame = Choice<typeof TIME_FRAMES>;
// '' while the learner has not chosen.
const Direction = choiceSchema(DIRECTIONS, { blank: true });
const TimeFrame = choiceSchema(TIME_FRAMES, { blank: true });

const forceFields = {
  id: text(100).check(z.minLength(1)),
  factor: text(TEXT_LIMITS.factor),
  evidence: text(),
  impact: text(),
  direction: Direction,
  impactRating: Rating,
  likelihood: Rating,
  timeFrame: TimeFrame,
  salesImplication: text(),
};

export const ExternalFactorSchema = z.object({ heading: z.enum(PESTLE_HEADINGS), ...forceFields });
export const InternalForceSchema = z.object({ heading: z.enum(INTERNAL_AREAS), ...forceFields });
export type ExternalFactor = z.infer<typeof ExternalFactorSchema>;
export type InternalForce = z.infer<typeof InternalForceSchema>;
export type Force = ExternalFactor | InternalForce;

export const PestleSchema = z.object({
  organisation: organisationSchema(TEXT_LIMITS.answer),
  timeFrame: text(TEXT_LIMITS.short),
  internal: z.array(InternalForceSchema).check(z.maxLength(100)),
  external: z.array(ExternalFactorSchema).check(z.maxLength(200)),
  summary: z.object({ opportunities: text(TEXT_LIMITS.summary), threats: text(TEXT_LIMITS.summary) }),
});
export type PestleData = z.infer<typeof PestleSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const pestleMigrations: Record<number, MigrationStep> = {};

export function parsePestle(data: unknown, version: number): ParseResult<PestleData> {
  return parseVersioned(PestleSchema, PESTLE_SCHEMA_VERSION, pestleMigrations, data, version);
}

export function createEmptyPestle(): PestleData {
  return {
    organisation: blankOrganisation(),
    timeFrame: '',
    internal: [],
    external: [],
    summary: { opportunities: '', threats: '' },
  };
}

const blankForce = (id: string) => ({
  id,
  factor: '',
  evidence: '',
  impact: '',
  direction: '' as const,
  impactRating: null,
  likelihood: null,
  timeFrame: '' as const,
  salesImplication: '',
});

export function newExternalFactor(id: string, heading: PestleHeading): ExternalFactor {
  return { ...blankForce(id), heading };
}

export function newInternalForce(id: string, heading: InternalArea = 'leadership'): InternalForce {
  return { ...blankForce(id), heading };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** A force counts once the learner has said what it is; blank rows are ignored. */
export const isDescribed = (force: Force) => hasText(force.factor);
