import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The witness testimony's data: schema, version and migrations, defaults. No React. */
export const WITNESS_TESTIMONY_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const WitnessTestimonySchema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type WitnessTestimonyData = z.infer<typeof WitnessTestimonySchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const witnessTestimonyMigrations: Record<number, MigrationStep> = {};

export function parseWitnessTestimony(data: unknown, version: number): ParseResult<WitnessTestimonyData> {
  return parseVersioned(WitnessTestimonySchema, WITNESS_TESTIMONY_SCHEMA_VERSION, witnessTestimonyMigrations, data, version);
}

export function createEmptyWitnessTestimony(): WitnessTestimonyData {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
