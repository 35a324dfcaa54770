import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The communication plan's data: schema, version and migrations, defaults. No React. */
export const COMMUNICATION_PLAN_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const CommunicationPlanSchema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type CommunicationPlanData = z.infer<typeof CommunicationPlanSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const communicationPlanMigrations: Record<number, MigrationStep> = {};

export function parseCommunicationPlan(data: unknown, version: number): ParseResult<CommunicationPlanData> {
  return parseVersioned(CommunicationPlanSchema, COMMUNICATION_PLAN_SCHEMA_VERSION, communicationPlanMigrations, data, version);
}

export function createEmptyCommunicationPlan(): CommunicationPlanData {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
