import type { PdfBlock } from '../../lib/evidence-types';
import { monthlyTrend, monthLabel } from './analysis';
import type { SalesRow } from './model';

/** One month of the trend chart: total sales and the 3-month moving average (null for the first two months). */
export type TrendChartRow = { label: string; total: number; movingAverage: number | null };

/** The trend of the learner's figures, for the page's chart and the PDF's. */
export const trendChartRows = (rows: readonly SalesRow[]): TrendChartRow[] =>
  monthlyTrend(rows).map((m) => ({ label: monthLabel(m.month), total: m.total, movingAverage: m.movingAverage }));

/** A round top for the chart's scale: the largest month, rounded up to 1, 2 or 5 × a power of ten; at least 1. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/** The same trend as the PDF's line chart (its figures are printed in the table beside it). */
export function trendLineChart(rows: readonly TrendChartRow[]): Extract<PdfBlock, { kind: 'lineChart' }> {
  return {
    kind: 'lineChart',
    caption: 'Sales by month with the 3-month moving average (the figures are in the table above)',
    xLabel: 'Month',
    yLabel: 'Sales (£)',
    yMin: 0,
    yMax: niceMax(Math.max(0, ...rows.map((r) => r.total))),
    xLabels: rows.map((r) => r.label),
    series: [
      { name: 'Sales', values: rows.map((r) => r.total) },
      { name: '3-month moving average', values: rows.map((r) => r.movingAverage) },
    ],
  };
}
