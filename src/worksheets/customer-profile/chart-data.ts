import type { BarChartRow } from '../../lib/evidence-types';
import { customerLifetimeValue, formatMoney } from './calculations';
import { formatNumber } from '../../lib/numbers';
import { customerLabel, isNamed, type CustomerProfileData } from './model';

/** The figures compared in the charts, one small chart per measure (their scales differ too much to share one). */
export const CHART_MEASURES = [
  { key: 'clv', title: 'Customer lifetime value', valueLabel: 'Lifetime value (£)', format: formatMoney },
  { key: 'annualGrossProfit', title: 'Annual gross profit', valueLabel: 'Gross profit a year (£)', format: formatMoney },
  { key: 'annualRevenue', title: 'Annual revenue', valueLabel: 'Revenue a year (£)', format: formatMoney },
  { key: 'purchasesPerYear', title: 'Purchases per year', valueLabel: 'Purchases a year', format: (n: number) => formatNumber(n) },
] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number]['key'];

export type MeasureChart = {
  key: ChartMeasure;
  title: string;
  valueLabel: string;
  rows: BarChartRow[];
  /** Named customers left out because their figures cannot be used yet. */
  leftOut: string[];
};

/** Chart rows per measure: one bar per named customer whose figures give a lifetime value. */
export function comparisonCharts(data: CustomerProfileData): MeasureChart[] {
  const customers = data.customers
    .map((customer, index) => ({ label: customerLabel(customer, index), isNamed: isNamed(customer), clv: customerLifetimeValue(customer.numbers) }))
    .filter((c) => c.isNamed);
  return CHART_MEASURES.map((measure) => {
    const rows: BarChartRow[] = [];
    const leftOut: string[] = [];
    for (const { label, clv } of customers) {
      if (!clv.ok) {
        leftOut.push(label);
        continue;
      }
      rows.push({ label, value: measure.key === 'purchasesPerYear' ? clv.inputs.purchasesPerYear : clv[measure.key] });
    }
    return { key: measure.key, title: measure.title, valueLabel: measure.valueLabel, rows, leftOut };
  });
}

/** A round axis maximum at or above the largest value, e.g. 16,588.80 → 20,000; never 0. */
export function niceMaximum(values: number[]): number {
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  if (largest <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * magnitude >= largest - 1e-9) ?? 10;
  return Number((step * magnitude).toPrecision(12));
}
