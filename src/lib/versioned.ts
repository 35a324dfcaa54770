import * as z from 'zod/mini';
import type { ParseResult } from './worksheet-definition';

/** Any zod schema, written with zod/mini or full zod: both share zod's core. */
export type AnySchema<T> = z.core.$ZodType<T>;

/**
 * zod's English message for a missing value ("Invalid input: expected string, received undefined"),
 * given whether or not zod's English locale is loaded: zod/mini loads none, so a page without full
 * zod would get "Invalid input" for every problem, and describeIssue tells a missing field by it.
 */
const missingValueMessage = (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? `Invalid input: expected ${issue.expected}, received undefined` : undefined;

/** Checks a value against a schema, with the messages describeZodError relies on whichever zod made the schema. */
export function safeParseExplained<T>(schema: AnySchema<T>, value: unknown) {
  return z.safeParse(schema, value, { error: missingValueMessage });
}

/** One upgrade step: data of version N in, data of version N + 1 out. */
export type MigrationStep = (data: unknown) => unknown;

/**
 * Upgrades `data` from `version` to the schema's current version one step at a time, then
 * validates it. Data from a newer version than we know is refused rather than guessed at.
 */
export function parseVersioned<T>(
  schema: AnySchema<T>,
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
  const result = safeParseExplained(schema, upgraded);
  if (!result.success) return { ok: false, reason: describeZodError(result.error) };
  return { ok: true, data: result.data };
}

/** The first problem in a zod error, in plain English with where it is. */
export function describeZodError(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The data is not in the expected shape.';
  return `The data is not in the expected shape: ${describeIssue(issue)}.`;
}

/** "organisation › name", with list positions counted from 1 as a person would: "internal › item 2 › factor". */
export function describePath(path: PropertyKey[]): string {
  if (path.length === 0) return 'the data as a whole';
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : String(key))).join(' › ');
}

const KIND_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'yes or no',
  null: 'empty',
};

/** One zod issue as a sentence fragment without zod's jargon ("received undefined", "<=3"). */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return `${where} is missing`;
      return `${where} should be ${KIND_NAMES[issue.expected] ?? `of another kind (${issue.expected})`}`;
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'string') return `${where} is longer than the ${limit} characters allowed`;
      if (issue.origin === 'array') return `${where} has more than the ${limit} items allowed`;
      return `${where} is more than the largest allowed (${limit})`;
    }
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'string') return limit === '1' ? `${where} is empty` : `${where} is shorter than ${limit} characters`;
      if (issue.origin === 'array') return `${where} has fewer than the ${limit} items needed`;
      return `${where} is less than the smallest allowed (${limit})`;
    }
    case 'invalid_value': {
      const choices = issue.values.slice(0, 8).map((value) => `“${String(value)}”`);
      return choices.length === 1 ? `${where} should be ${choices[0]}` : `${where} is not one of the allowed choices (${choices.join(', ')})`;
    }
    case 'custom':
      return `${where}: ${issue.message}`;
    default:
      return `${where} is not valid`;
  }
}
