import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The sales information analysis's data: schema, version and migrations, defaults. No React. */
export const INFORMATION_ANALYSIS_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const InformationAnalysisSchema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type InformationAnalysisData = z.infer<typeof InformationAnalysisSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const informationAnalysisMigrations: Record<number, MigrationStep> = {};

export function parseInformationAnalysis(data: unknown, version: number): ParseResult<InformationAnalysisData> {
  return parseVersioned(InformationAnalysisSchema, INFORMATION_ANALYSIS_SCHEMA_VERSION, informationAnalysisMigrations, data, version);
}

export function createEmptyInformationAnalysis(): InformationAnalysisData {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
