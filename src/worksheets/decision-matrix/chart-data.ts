import type { BarChartRow } from '../../lib/evidence-types';
import type { MatrixEvaluation } from './calculations';

type Complete = Extract<MatrixEvaluation, { status: 'complete' }>;

/** One stacked bar per option, best first: each criterion's part of its weighted score, keyed by criterion id. */
export type BreakdownRow = { optionId: string; name: string; total: number } & Record<`c:${string}`, number>;

export const seriesKey = (criterionId: string) => `c:${criterionId}` as const;

/** Rows for the on-page stacked bar chart: weighted score broken down by criterion. */
export function breakdownRows(evaluation: Complete): BreakdownRow[] {
  return evaluation.results.map((result) => {
    const row: BreakdownRow = { optionId: result.optionId, name: result.name, total: result.total };
    evaluation.weights.forEach((w, j) => {
      row[seriesKey(w.criterionId)] = result.contributions[j] ?? 0;
    });
    return row;
  });
}

const topGroup = (isTied: boolean) => (isTied ? 'Tied for highest' : 'Highest weighted score');

/** Rows for the PDF bar chart of weighted totals, best first, the top option named as such in words. */
export function totalsChartRows(evaluation: Complete): BarChartRow[] {
  return evaluation.results.map((r) => ({ label: r.name, value: r.total, group: r.rank === 1 ? topGroup(r.isTied) : 'Other options' }));
}

/** The breakdown chart's height in pixels for a number of options, so its placeholder takes the same room. */
export const chartHeight = (optionCount: number) => Math.max(180, optionCount * 44 + 90);
