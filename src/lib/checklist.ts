import type { ChecklistItem } from './evidence-types';

/**
 * Spec rules and good practice: one mechanism for every worksheet. A checklist holds both; only the
 * rules the specification sets decide the task list's statuses, the progress count and "complete".
 */

/** The rules the specification sets: the only ones counted towards "complete". */
export const requiredRules = <T extends ChecklistItem>(items: readonly T[]): T[] => items.filter((item) => item.isGoodPractice !== true);

/** Rules beyond the specification's minimum: shown, never counted. */
export const goodPracticeRules = <T extends ChecklistItem>(items: readonly T[]): T[] => items.filter((item) => item.isGoodPractice === true);

/** A rule the specification sets, with where it comes from (e.g. "L3B2 assessor guidance, LO2"). */
export const specRule = (item: ChecklistItem, source: string): ChecklistItem => ({ ...item, source });

/** A rule beyond the specification's minimum, with why it helps; it never blocks "complete". */
export const goodPracticeRule = (item: ChecklistItem, why: string): ChecklistItem => ({ ...item, source: `Good practice, not set by the specification: ${why}`, isGoodPractice: true });

/** How many of the specification's rules are met, of how many. */
export function requiredCount(items: readonly ChecklistItem[]): { met: number; total: number } {
  const required = requiredRules(items);
  return { met: required.filter((item) => item.isMet).length, total: required.length };
}
