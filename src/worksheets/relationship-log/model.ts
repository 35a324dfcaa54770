import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The relationship log's data: schema, version and migrations, defaults. No React. */
export const RELATIONSHIP_LOG_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const RelationshipLogSchema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type RelationshipLogData = z.infer<typeof RelationshipLogSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const relationshipLogMigrations: Record<number, MigrationStep> = {};

export function parseRelationshipLog(data: unknown, version: number): ParseResult<RelationshipLogData> {
  return parseVersioned(RelationshipLogSchema, RELATIONSHIP_LOG_SCHEMA_VERSION, relationshipLogMigrations, data, version);
}

export function createEmptyRelationshipLog(): RelationshipLogData {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
