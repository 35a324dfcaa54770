import type { z } from 'zod';
import type { ParseResult } from './worksheet-definition';

/** One upgrade step: data of version N in, data of version N + 1 out. */
export type MigrationStep = (data: unknown) => unknown;

/**
 * Upgrades `data` from `version` to the schema's current version one step at a time, then
 * validates it. Data from a newer version than we know is refused rather than guessed at.
 */
export function parseVersioned<T>(
  schema: z.ZodType<T>,
  currentVersion: number,
  steps: Record<number, MigrationStep>,
  data: unknown,
  version: number,
): ParseResult<T> {
  if (!Number.isInteger(version) || version < 1) {
    return { ok: false, reason: `The data has no valid version number (found ${String(version)}).` };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      reason: `The data was saved by a newer version of the toolkit (version ${version}; this one reads up to ${currentVersion}). Update the toolkit, then try again.`,
    };
  }
  let upgraded = data;
  for (let v = version; v < currentVersion; v += 1) {
    const step = steps[v];
    if (!step) return { ok: false, reason: `There is no upgrade from version ${v}.` };
    try {
      upgraded = step(upgraded);
    } catch {
      return { ok: false, reason: `The data could not be upgraded from version ${v}.` };
    }
  }
  const result = schema.safeParse(upgraded);
  if (!result.success) return { ok: false, reason: describeZodError(result.error) };
  return { ok: true, data: result.data };
}

/** The first problem in a zod error, in plain English with where it is. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The data is not in the expected shape.';
  const where = issue.path.length > 0 ? ` (at ${issue.path.map(String).join(' › ')})` : '';
  return `The data is not in the expected shape: ${issue.message}${where}.`;
}
