import { countProblem, type Checked } from './calculations';
import { formatCount, formatMoney, formatPercent, formatTyped } from './format';
import type { Velocity, VelocityInput } from './model';

/**
 * Sales velocity from the four figures the learner types, each with where it comes from, so an
 * assessor can reproduce it: opportunities × average deal value × win rate ÷ sales cycle length.
 * Nothing is derived from the prospect cards or the stages behind the learner's back.
 */

export type VelocityResult = Checked<{
  /** Pounds a day. */
  perDay: number;
  working: string;
  inputs: Array<{ label: string; value: string; source: string }>;
}>;

const sourceOf = (input: VelocityInput) => input.source.trim() || 'Not given';

/** Sales velocity in pounds a day with its working, or a plain reason naming the figure to fix. */
export function salesVelocity(velocity: Velocity): VelocityResult {
  const { opportunities, averageDealValue, winRatePercent, cycleDays } = velocity;
  if (opportunities.value === null) return { ok: false, reason: 'Enter the number of opportunities in your pipeline.' };
  const badCount = countProblem(opportunities.value);
  if (badCount) return { ok: false, reason: `Opportunities: ${badCount}` };
  if (averageDealValue.value === null) return { ok: false, reason: 'Enter your average deal value (£).' };
  if (averageDealValue.value < 0) return { ok: false, reason: `The average deal value cannot be negative (you entered ${formatTyped(averageDealValue.value)}).` };
  if (winRatePercent.value === null) return { ok: false, reason: 'Enter your win rate (%).' };
  if (winRatePercent.value < 0 || winRatePercent.value > 100) {
    return { ok: false, reason: `A win rate is a percentage from 0 to 100 (you entered ${formatTyped(winRatePercent.value)}).` };
  }
  if (cycleDays.value === null) return { ok: false, reason: 'Enter your sales cycle length in days.' };
  if (cycleDays.value <= 0) return { ok: false, reason: 'The sales cycle must be more than 0 days: velocity is divided by it.' };

  const rate = winRatePercent.value / 100;
  const perDay = (opportunities.value * averageDealValue.value * rate) / cycleDays.value;
  const inputs = [
    { label: 'Opportunities in the pipeline', value: formatCount(opportunities.value), source: sourceOf(opportunities) },
    { label: 'Average deal value', value: formatMoney(averageDealValue.value), source: sourceOf(averageDealValue) },
    { label: 'Win rate', value: formatPercent(rate), source: sourceOf(winRatePercent) },
    { label: 'Sales cycle length', value: `${formatTyped(cycleDays.value)} days`, source: sourceOf(cycleDays) },
  ];
  return {
    ok: true,
    perDay,
    inputs,
    working: `${formatCount(opportunities.value)} opportunities × ${formatMoney(averageDealValue.value)} average deal value × ${formatPercent(rate)} win rate ÷ ${formatTyped(cycleDays.value)} days = ${formatMoney(perDay)} a day (about ${formatMoney(perDay * 30)} a month)`,
  };
}
