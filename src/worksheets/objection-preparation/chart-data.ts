import type { BarChartRow } from '../../lib/evidence-types';
import { concernFrequencies } from './calculations';
import type { ObjectionPreparationData } from './model';

/** Each named concern and how many times it came up, most frequent first: the page's chart and the PDF's. */
export function concernChartRows(data: Pick<ObjectionPreparationData, 'concerns' | 'previous'>): BarChartRow[] {
  return concernFrequencies(data).rows.map((row) => ({ label: row.concern.concern.trim(), value: row.times }));
}

/** The chart's scale: the largest count, and at least 1 so an empty chart still has an axis. */
export const chartMax = (rows: readonly BarChartRow[]): number => Math.max(1, ...rows.map((r) => r.value));
