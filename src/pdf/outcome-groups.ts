import type { AssessmentCriterion } from '../lib/evidence-types';
import { outcomeOfCriterion } from '../lib/spec/outlines';

/** The AC an export claims, under the learning outcome each belongs to (its words from lib/spec, never typed again). */
export type OutcomeGroup = {
  /** "Learning outcome 2: Understand the context in which an organisation operates"; null for AC the spec's outline does not place. */
  heading: string | null;
  criteria: AssessmentCriterion[];
};

const UNIT_CODE = /^L\d[A-Z]\d$/;

/**
 * Groups a document's AC by learning outcome, in the order the AC are given. Codes are "2.1" for the
 * document's own unit or "L3C4 1.1" for a worksheet that names several units (the heading then
 * names the unit too).
 */
export function groupByOutcome(unitCode: string, criteria: readonly AssessmentCriterion[]): OutcomeGroup[] {
  const groups: Array<OutcomeGroup & { key: string }> = [];
  for (const criterion of criteria) {
    const [first = '', second, ...rest] = criterion.code.trim().split(/\s+/);
    const withUnit = second !== undefined && rest.length === 0 && UNIT_CODE.test(first);
    const unit = withUnit ? first : unitCode;
    const code = withUnit ? second : criterion.code;
    const outcome = outcomeOfCriterion(unit, code);
    const key = outcome ? `${unit} ${outcome.number}` : '';
    const heading = outcome ? `${withUnit ? `${unit} ` : ''}Learning outcome ${outcome.number}: ${outcome.text}` : null;
    const group = groups.find((candidate) => candidate.key === key);
    if (group) group.criteria.push(criterion);
    else groups.push({ key, heading, criteria: [criterion] });
  }
  return groups.map(({ heading, criteria: grouped }) => ({ heading, criteria: grouped }));
}
