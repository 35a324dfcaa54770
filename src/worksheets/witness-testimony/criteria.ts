import type { AssessmentCriterion } from '../../lib/evidence-types';
import { ALL_UNIT_OUTLINES, outlineOf } from '../../lib/spec/outlines';
import { isPracticalOutcome, type OutcomeOutline, type UnitOutline } from '../../lib/spec/unit-spec';
import type { ObservedCriterion, WitnessTestimonyData } from './model';

/**
 * The unit and AC a testimony evidences, read from the units' outlines (lib/spec) so the wording is
 * always the specification's. Pure.
 */

/** Every unit the learner can choose, in the specification's order. */
export const UNIT_CHOICES: readonly UnitOutline[] = ALL_UNIT_OUTLINES;

/** The chosen unit's outline, or undefined while none is chosen. */
export const chosenUnit = (data: Pick<WitnessTestimonyData, 'unit'>): UnitOutline | undefined => (data.unit === '' ? undefined : outlineOf(data.unit));

/** Every AC of a unit, in the specification's order, each with its learning outcome. */
export function criteriaOfUnit(unit: UnitOutline): Array<{ outcome: OutcomeOutline; code: string; text: string }> {
  return unit.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => ({ outcome, code: criterion.code, text: criterion.text })));
}

/**
 * The AC chosen that belong to the chosen unit, in the unit's order, each with its account; codes
 * that are not the unit's (none, unless the stored data was edited by hand) are left out.
 */
export function observedCriteria(data: Pick<WitnessTestimonyData, 'unit' | 'observed'>): Array<ObservedCriterion & { text: string; outcome: OutcomeOutline }> {
  const unit = chosenUnit(data);
  if (!unit) return [];
  return criteriaOfUnit(unit).flatMap((criterion) => {
    const entry = data.observed.find((candidate) => candidate.code === criterion.code);
    return entry ? [{ code: criterion.code, account: entry.account, text: criterion.text, outcome: criterion.outcome }] : [];
  });
}

/** The AC this testimony claims, in the spec's words (plain codes of the chosen unit: '2.2'). */
export const claimedCriteria = (data: Pick<WitnessTestimonyData, 'unit' | 'observed'>): AssessmentCriterion[] =>
  observedCriteria(data).map(({ code, text }) => ({ code, text }));

/**
 * Where a newly chosen AC goes in the list so that the list keeps the unit's order: the index to
 * insert it at. -1 when the code is not the unit's or is already chosen.
 */
export function insertionIndex(unit: UnitOutline, observed: readonly Pick<ObservedCriterion, 'code'>[], code: string): number {
  const order = criteriaOfUnit(unit).map((criterion) => criterion.code);
  const rank = order.indexOf(code);
  if (rank === -1 || observed.some((entry) => entry.code === code)) return -1;
  const after = observed.findIndex((entry) => {
    const other = order.indexOf(entry.code);
    return other === -1 || other > rank;
  });
  return after === -1 ? observed.length : after;
}

/** The chosen AC under a "Understand…" (knowledge) outcome, where the spec does not list witness testimony. */
export const knowledgeCriteria = (data: Pick<WitnessTestimonyData, 'unit' | 'observed'>): string[] =>
  observedCriteria(data)
    .filter((criterion) => !isPracticalOutcome(criterion.outcome))
    .map((criterion) => criterion.code);
