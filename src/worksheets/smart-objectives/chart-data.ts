import type { LineSeries } from '../../lib/evidence-types';
import { startedObjectives } from './completeness';
import type { SmartData } from './model';
import { formatShortDate } from '../../lib/dates';
import { datedReviews, progressPercent } from './calculations';

export type ProgressChart = {
  /** Review dates, yyyy-mm-dd, earliest first. */
  dates: string[];
  xLabels: string[];
  series: LineSeries[];
  yMin: number;
  yMax: number;
};

const roundOut = (value: number, step: number, direction: 'up' | 'down') =>
  direction === 'up' ? Math.ceil(value / step) * step : Math.floor(value / step) * step;

/**
 * Progress towards each objective's target (% of the way from baseline to target) at every review
 * date; a date an objective was not reviewed is a gap (null). The scale always shows 0 and 100.
 */
export function progressChart(data: SmartData): ProgressChart {
  const objectives = startedObjectives(data);
  const dates = [...new Set(objectives.flatMap(({ objective }) => datedReviews(objective).map((r) => r.date)))].sort();
  const series = objectives.map(({ objective, number }) => {
    const byDate = new Map<string, number>();
    for (const review of datedReviews(objective)) {
      const percent = progressPercent(objective, review.value);
      if (percent !== null) byDate.set(review.date, percent); // The day's last review wins.
    }
    // Objectives are reviewed on their own dates: the line joins one review to the next.
    return { name: `Objective ${number}`, values: dates.map((d) => byDate.get(d) ?? null), connectGaps: true };
  });
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  return {
    dates,
    xLabels: dates.map(formatShortDate),
    series: series.filter((s) => s.values.some((v) => v !== null)),
    yMin: Math.min(0, roundOut(Math.min(...values, 0), 10, 'down')),
    yMax: Math.max(100, roundOut(Math.max(...values, 100), 10, 'up')),
  };
}
