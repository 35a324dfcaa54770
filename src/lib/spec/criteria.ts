import type { AssessmentCriterion } from '../evidence-types';
import type { UnitOutline } from './unit-spec';

/**
 * The AC a worksheet evidences, in the spec's words, taken from its unit's outline so that no
 * worksheet can word an AC its own way. Throws on a code the unit does not have: a typo here is a
 * claim the spec does not make, and the contract suite loads every worksheet's metadata.
 * With `withUnit`, codes read "L3C4 1.1", for a worksheet that serves several units.
 */
export function criteriaOf(unit: UnitOutline, codes: readonly string[], { withUnit = false } = {}): AssessmentCriterion[] {
  const all = unit.outcomes.flatMap((outcome) => outcome.criteria);
  return codes.map((code) => {
    const criterion = all.find((candidate) => candidate.code === code);
    if (!criterion) throw new Error(`${unit.code} has no AC ${code}`);
    return { code: withUnit ? `${unit.code} ${code}` : code, text: criterion.text };
  });
}

/** The unit as metadata names it: its code and title. */
export const unitRef = (unit: UnitOutline) => ({ code: unit.code, title: unit.title });
