import { formatMoney, formatPercent } from '../../lib/numbers';
import { changeText, comparisonBy, monthlyTrend, monthLabel, paretoSummary, periodLabel, sharesBy, toolProblem } from './analysis';
import { DIMENSION_LABELS, DIMENSION_PLURALS } from './labels';
import type { Analysis, SalesRow } from './model';

/** One table of a tool's result, as the page and the PDF both show it. */
export type ToolTable = {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Rows to mark (Pareto's vital few), by index. */
  marked: boolean[];
};

export type ToolOutput =
  | { kind: 'none' }
  /** Why the tool has no result yet, in neutral words. */
  | { kind: 'waiting'; reason: string }
  | { kind: 'result'; summary: string; table: ToolTable; hasTrendChart: boolean };

/** What one tool makes of the figures, with the working, for the page (ToolResult.tsx) and the PDF (pdf.ts). Pure. */
export function toolOutput(analysis: Analysis, rows: readonly SalesRow[], title: string): ToolOutput {
  if (analysis.tool === '' || analysis.tool === 'other') return { kind: 'none' };
  const problem = toolProblem(analysis.tool, analysis.by, rows);
  if (problem) return { kind: 'waiting', reason: problem };
  if (analysis.tool === 'trend') {
    const trend = monthlyTrend(rows);
    return {
      kind: 'result',
      summary: '',
      hasTrendChart: true,
      table: {
        caption: `${title}: sales by month, the 3-month moving average and the change on the month before`,
        columns: ['Month', 'Sales', '3-month moving average (working)', 'Change on the month before (working)'],
        rows: trend.map((m) => [monthLabel(m.month), formatMoney(m.total), m.movingAverageWorking, m.changeWorking]),
        marked: trend.map(() => false),
      },
    };
  }
  const by = analysis.by;
  if (by === '') return { kind: 'none' };
  if (analysis.tool === 'comparison') {
    const compared = comparisonBy(rows, by)!;
    const all = [...compared.rows, compared.total];
    return {
      kind: 'result',
      summary: '',
      hasTrendChart: false,
      table: {
        caption: `${title}: ${periodLabel(compared.periods.latest)} against ${periodLabel(compared.periods.previous)}`,
        columns: [DIMENSION_LABELS[by], 'Previous', 'Latest', 'Difference', 'Change'],
        rows: all.map((r) => [r.key, formatMoney(r.previous), formatMoney(r.latest), formatMoney(r.difference), changeText(r.change, r.previous)]),
        marked: all.map(() => false),
      },
    };
  }
  const shares = sharesBy(rows, by);
  const isPareto = analysis.tool === 'pareto';
  return {
    kind: 'result',
    summary: isPareto ? paretoSummary(shares, DIMENSION_PLURALS[by]) : '',
    hasTrendChart: false,
    table: {
      caption: `${title}, largest first`,
      columns: ['Rank', DIMENSION_LABELS[by], 'Sales', 'Share', ...(isPareto ? ['Running share', 'In the 80 %'] : [])],
      rows: shares.map((s) => [String(s.rank), s.key, formatMoney(s.total), formatPercent(s.share), ...(isPareto ? [formatPercent(s.cumulative), s.isVitalFew ? 'Yes' : 'No'] : [])]),
      marked: shares.map((s) => isPareto && s.isVitalFew),
    },
  };
}
