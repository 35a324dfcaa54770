import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The negotiation plan's data: schema, version and migrations, defaults. No React. */
export const NEGOTIATION_PLAN_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const NegotiationPlanSchema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type NegotiationPlanData = z.infer<typeof NegotiationPlanSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const negotiationPlanMigrations: Record<number, MigrationStep> = {};

export function parseNegotiationPlan(data: unknown, version: number): ParseResult<NegotiationPlanData> {
  return parseVersioned(NegotiationPlanSchema, NEGOTIATION_PLAN_SCHEMA_VERSION, negotiationPlanMigrations, data, version);
}

export function createEmptyNegotiationPlan(): NegotiationPlanData {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
