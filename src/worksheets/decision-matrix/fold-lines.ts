/**
 * A criterion's weight as a share of all the weight, and a finished criterion folded to one line
 * on its section's page (ui/Fold). Null while the criterion is not finished, so it stays open.
 */
import { formatNumber, formatPercent, numberOrNull } from '../../lib/numbers';
import { shortText } from '../../lib/text-list';
import { weightProblem } from './calculations';
import type { Criterion } from './model';

/** Criterion `index`'s weight as a fraction of all the valid weights, or null while it cannot be worked out. */
export function weightShare(weights: readonly string[], index: number): number | null {
  const own = weights[index] ?? '';
  if (weightProblem(own) !== null) return null;
  const sum = weights.reduce((total, w) => total + (weightProblem(w) === null ? (numberOrNull(w) ?? 0) : 0), 0);
  const value = numberOrNull(own);
  return value !== null && sum > 0 ? value / sum : null;
}

/** "Faster quotes: weight 5 (27.8 % of all the weight)." once named, weighted and explained. */
export function criterionLine(criteria: ReadonlyArray<Pick<Criterion, 'name' | 'weight' | 'meaning'>>, index: number): string | null {
  const criterion = criteria[index];
  const share = weightShare(criteria.map((c) => c.weight), index);
  if (!criterion || share === null || !criterion.name.trim() || !criterion.meaning.trim()) return null;
  return `${shortText(criterion.name, 40)}: weight ${formatNumber(numberOrNull(criterion.weight) ?? 0)} (${formatPercent(share)} of all the weight).`;
}
