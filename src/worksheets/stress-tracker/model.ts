import * as z from 'zod/mini';
import { newId } from '../../lib/ids';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';
import { dateOrEmpty } from '../../lib/date-schema';
import { isIsoDate } from '../../lib/dates';
import { SELF_CHECK_ANSWER_MAX, SELF_CHECK_STATEMENTS } from './self-check';

/** The stress baseline tracker's data: schema, defaults and small helpers. No React. */
export const STRESS_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits. */
export const TEXT_LIMITS = { number: 20, short: 200, item: 1000, answer: 5000, note: 500 } as const;

/** The daily stress rating scale: 0 = no stress at all, 10 = the most stressed. */
export const RATING_MIN = 0;
export const RATING_MAX = 10;
/** Longest technique session a check-in accepts, in minutes (ten hours). */
export const MINUTES_MAX = 600;

export const ZONES = ['ready', 'reacting', 'injured', 'ill'] as const;
export type Zone = (typeof ZONES)[number];

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
const id = text(100).check(z.minLength(1));

const TextItemSchema = z.object({ id, text: text(TEXT_LIMITS.item) });
export type TextItem = z.infer<typeof TextItemSchema>;

const ExampleSchema = z.object({ id, situation: text(TEXT_LIMITS.item), asPressure: text(TEXT_LIMITS.item), asStress: text(TEXT_LIMITS.item) });
export type WorkplaceExample = z.infer<typeof ExampleSchema>;

const TechniqueSchema = z.object({ id, name: text(TEXT_LIMITS.short), outline: text(TEXT_LIMITS.item) });
export type Technique = z.infer<typeof TechniqueSchema>;

const SupportSchema = z.object({ id, name: text(TEXT_LIMITS.short), howItHelps: text(TEXT_LIMITS.item) });
export type SupportSource = z.infer<typeof SupportSchema>;

/**
 * One questionnaire, shared by baseline and retake so the retake cannot use a different one.
 * Scores and the maximum are kept as typed, so nothing is lost; they are checked in calculations.ts.
 */
const InstrumentSchema = z.object({
  kind: z.enum(['built-in', 'online', '']),
  name: text(TEXT_LIMITS.short),
  link: text(TEXT_LIMITS.short),
  max: text(TEXT_LIMITS.number),
  higherMeans: z.enum(['more-stress', 'less-stress']),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

const MeasurementSchema = z.object({
  date: dateOrEmpty,
  /** Built-in self-check answers, 0–4 each, null until answered. */
  answers: z.array(z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(SELF_CHECK_ANSWER_MAX)))).check(z.length(SELF_CHECK_STATEMENTS.length)),
  /** An online questionnaire's score as typed. */
  score: text(TEXT_LIMITS.number),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

export const CheckInSchema = z.object({
  id,
  date: z.string().check(z.refine(isIsoDate, { message: 'Not a calendar date (yyyy-mm-dd)' })),
  rating: z.number().check(z.int(), z.minimum(RATING_MIN), z.maximum(RATING_MAX)),
  zone: z.enum(ZONES),
  usedTechnique: z.boolean(),
  /** Minutes spent on the technique that day; null when not used. */
  minutes: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(MINUTES_MAX))),
  note: text(TEXT_LIMITS.note),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

export const StressSchema = z.object({
  pressureVsStress: text(),
  continuumNotes: text(),
  workplaceExamples: z.array(ExampleSchema).check(z.maxLength(20)),
  workplaceStressors: z.array(TextItemSchema).check(z.maxLength(30)),
  personalStressors: z.array(TextItemSchema).check(z.maxLength(30)),
  organisationImpacts: z.array(TextItemSchema).check(z.maxLength(30)),
  individualImpacts: z.array(TextItemSchema).check(z.maxLength(30)),
  techniques: z.array(TechniqueSchema).check(z.maxLength(20)),
  plan: z.object({ chosenTechniqueId: text(100), whyChosen: text(), howAndWhen: text(), startDate: dateOrEmpty }),
  instrument: InstrumentSchema,
  baseline: MeasurementSchema,
  retake: MeasurementSchema,
  checkIns: z.array(CheckInSchema).check(
    z.maxLength(800),
    z.refine((list) => new Set(list.map((c) => c.date)).size === list.length, { message: 'Two check-ins have the same date' }),
  ),
  review: z.object({ effectiveness: text(), nextSteps: text() }),
  support: z.array(SupportSchema).check(z.maxLength(20)),
  includeNotesInPdf: z.boolean(),
});
export type StressData = z.infer<typeof StressSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const stressMigrations: Record<number, MigrationStep> = {};

export function parseStress(data: unknown, version: number): ParseResult<StressData> {
  return parseVersioned(StressSchema, STRESS_SCHEMA_VERSION, stressMigrations, data, version);
}

export const emptyMeasurement = (): Measurement => ({ date: '', answers: SELF_CHECK_STATEMENTS.map(() => null), score: '' });
export const newTextItem = (itemId: string = newId()): TextItem => ({ id: itemId, text: '' });
export const newExample = (itemId: string = newId()): WorkplaceExample => ({ id: itemId, situation: '', asPressure: '', asStress: '' });
export const newTechnique = (itemId: string = newId()): Technique => ({ id: itemId, name: '', outline: '' });
export const newSupport = (itemId: string = newId()): SupportSource => ({ id: itemId, name: '', howItHelps: '' });

const blanks = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);

/** A blank tracker with the minimum number of empty rows, so the learner sees what is needed. */
export function createEmptyStress(): StressData {
  return {
    pressureVsStress: '',
    continuumNotes: '',
    workplaceExamples: blanks(2, () => newExample()),
    workplaceStressors: blanks(3, () => newTextItem()),
    personalStressors: blanks(3, () => newTextItem()),
    organisationImpacts: blanks(1, () => newTextItem()),
    individualImpacts: blanks(2, () => newTextItem()),
    techniques: blanks(3, () => newTechnique()),
    plan: { chosenTechniqueId: '', whyChosen: '', howAndWhen: '', startDate: '' },
    instrument: { kind: '', name: '', link: '', max: '', higherMeans: 'more-stress' },
    baseline: emptyMeasurement(),
    retake: emptyMeasurement(),
    checkIns: [],
    review: { effectiveness: '', nextSteps: '' },
    support: blanks(3, () => newSupport()),
    includeNotesInPdf: false,
  };
}

export const hasText = (value: string) => value.trim().length > 0;

/** The technique the learner chose, if it is still one of those outlined. */
export const chosenTechnique = (data: Pick<StressData, 'plan' | 'techniques'>): Technique | undefined =>
  data.techniques.find((t) => t.id === data.plan.chosenTechniqueId && hasText(t.name));
