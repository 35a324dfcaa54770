import { z } from 'zod';
import type { ChecklistItem } from '../../pdf/evidence-document';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';
import { choiceSchema, type Choice } from '../../lib/choices';
import { listInWords } from '../../lib/text-list';

/** The PESTLE builder's data: schema, defaults, ranking and completeness rules. No React. */
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

const text = (max: number = TEXT_LIMITS.answer) => z.string().max(max);
/** A 1–5 rating, or null while the learner has not chosen one. */
const Rating = z.number().int().min(1).max(5).nullable();
export const DIRECTIONS = ['opportunity', 'threat'] as const;
export type Direction = Choice<typeof DIRECTIONS>;
export const TIME_FRAMES = ['short', 'medium', 'long'] as const;
export type TimeFrame = Choice<typeof TIME_FRAMES>;
// '' while the learner has not chosen.
const Direction = choiceSchema(DIRECTIONS, { blank: true });
const TimeFrame = choiceSchema(TIME_FRAMES, { blank: true });

const forceFields = {
  id: text(100).min(1),
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
  organisation: z.object({
    name: text(TEXT_LIMITS.short),
    sector: text(TEXT_LIMITS.short),
    kind: z.enum(['own', 'case-study', '']),
    description: text(),
  }),
  timeFrame: text(TEXT_LIMITS.short),
  internal: z.array(InternalForceSchema).max(100),
  external: z.array(ExternalFactorSchema).max(200),
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
    organisation: { name: '', sector: '', kind: '', description: '' },
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

const hasText = (value: string) => value.trim().length > 0;

/** A force counts once the learner has said what it is; blank rows are ignored. */
export const isDescribed = (force: Force) => hasText(force.factor);

/** Impact × likelihood (1–25), or null until both ratings are chosen. */
export function priorityScore(force: Pick<Force, 'impactRating' | 'likelihood'>): number | null {
  if (force.impactRating === null || force.likelihood === null) return null;
  return force.impactRating * force.likelihood;
}

export type RankedForce = { force: Force; kind: 'internal' | 'external'; score: number; rank: number };

/**
 * Every described, rated force, highest impact × likelihood first. Ties keep a stable order
 * (higher impact first, then the order the learner entered them) and share a rank.
 */
export function rankForces(data: PestleData): RankedForce[] {
  const scored = [
    ...data.external.map((force) => ({ force, kind: 'external' as const })),
    ...data.internal.map((force) => ({ force, kind: 'internal' as const })),
  ]
    .map((entry, order) => ({ ...entry, order, score: priorityScore(entry.force) }))
    .filter((entry): entry is typeof entry & { score: number } => entry.score !== null && isDescribed(entry.force));

  scored.sort(
    (a, b) => b.score - a.score || (b.force.impactRating ?? 0) - (a.force.impactRating ?? 0) || a.order - b.order,
  );
  let previousScore = Number.NaN;
  let rank = 0;
  return scored.map((entry, index) => {
    if (entry.score !== previousScore) rank = index + 1;
    previousScore = entry.score;
    return { force: entry.force, kind: entry.kind, score: entry.score, rank };
  });
}

export const HEADING_LABELS: Record<PestleHeading, string> = {
  political: 'Political',
  economic: 'Economic',
  social: 'Social',
  technological: 'Technological',
  legal: 'Legal',
  environmental: 'Environmental',
};

export const INTERNAL_AREA_LABELS: Record<InternalArea, string> = {
  leadership: 'Leadership',
  structure: 'Organisational structure',
  culture: 'Culture',
  employees: 'Employees',
  'workforce-dynamics': 'Workforce dynamics',
  'internal-communication': 'Internal communication',
  'policies-procedures': 'Policies and procedures',
  'resources-infrastructure': 'Resources and infrastructure',
  strategy: 'Strategy',
  'change-management': 'Change management practices',
  other: 'Other',
};

export const headingLabel = (force: Force): string =>
  force.heading in HEADING_LABELS
    ? HEADING_LABELS[force.heading as PestleHeading]
    : INTERNAL_AREA_LABELS[force.heading as InternalArea];


/** Names the described forces that fail a test, e.g. "Political: Tax rise". */
const failing = (forces: Force[], test: (force: Force) => boolean) =>
  forces.filter((force) => isDescribed(force) && !test(force)).map((f) => `${headingLabel(f)}: ${f.factor.trim()}`);

const ruleForEveryForce = (label: string, forces: Force[], test: (force: Force) => boolean): ChecklistItem => {
  const described = forces.filter(isDescribed);
  const missing = failing(forces, test);
  if (described.length === 0) return { label, isMet: false, detail: 'No forces described yet.' };
  return missing.length === 0
    ? { label, isMet: true }
    : { label, isMet: false, detail: `Still to do for ${listInWords(missing, { limit: 5 })}.` };
};

/** The assessor's minimums for L3B2 2.1–2.3, each as a rule that is met or not yet. */
export function pestleCompleteness(data: PestleData): ChecklistItem[] {
  const external = data.external.filter(isDescribed);
  const internal = data.internal.filter(isDescribed);
  const allForces = [...data.internal, ...data.external];
  const missingHeadings = PESTLE_HEADINGS.filter((h) => !external.some((f) => f.heading === h)).map(
    (h) => HEADING_LABELS[h],
  );
  const organisationMissing = [
    hasText(data.organisation.name) ? null : 'its name',
    data.organisation.kind ? null : 'whether it is your own or a case study',
  ].filter((x): x is string => x !== null);

  return [
    {
      label: 'One named organisation (your own or a case study)',
      isMet: organisationMissing.length === 0,
      ...(organisationMissing.length ? { detail: `Add ${listInWords(organisationMissing)}.` } : {}),
    },
    {
      label: 'At least three internal forces described (AC 2.1)',
      isMet: internal.length >= 3,
      detail: `${internal.length} described (at least 3 needed).`,
    },
    {
      label: 'At least three external forces described (AC 2.2)',
      isMet: external.length >= 3,
      detail: `${external.length} described (at least 3 needed).`,
    },
    {
      label: 'Factors under all six PESTLE headings (AC 2.3)',
      isMet: missingHeadings.length === 0,
      ...(missingHeadings.length ? { detail: `Missing: ${listInWords(missingHeadings)}.` } : {}),
    },
    ruleForEveryForce('Each force’s impact on the organisation described', allForces, (f) => hasText(f.impact)),
    ruleForEveryForce(
      'Each force marked as an opportunity or a threat, with impact and likelihood rated',
      allForces,
      (f) => f.direction !== '' && priorityScore(f) !== null,
    ),
    ruleForEveryForce('Each force says what it means for sales', allForces, (f) => hasText(f.salesImplication)),
    {
      label: 'A written summary of the key opportunities and threats',
      isMet: hasText(data.summary.opportunities) && hasText(data.summary.threats),
      ...(hasText(data.summary.opportunities) && hasText(data.summary.threats)
        ? {}
        : { detail: 'Write both the opportunities and the threats.' }),
    },
  ];
}
