import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The meeting preparation's data: schema, version and migrations, defaults. No React. */
export const MEETING_PREPARATION_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const MeetingPreparationSchema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type MeetingPreparationData = z.infer<typeof MeetingPreparationSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const meetingPreparationMigrations: Record<number, MigrationStep> = {};

export function parseMeetingPreparation(data: unknown, version: number): ParseResult<MeetingPreparationData> {
  return parseVersioned(MeetingPreparationSchema, MEETING_PREPARATION_SCHEMA_VERSION, meetingPreparationMigrations, data, version);
}

export function createEmptyMeetingPreparation(): MeetingPreparationData {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
