import { SERIES_COLOURS } from '../../lib/chart-colours';
import type { BarChartRow } from '../../lib/evidence-types';
import { weeklyLoad } from './calculations';
import type { SalesActivityPlanData } from './model';

/** One week of the plan: activities planned in it and, of those, done. */
export type PlannedDoneRow = { label: string; planned: number; done: number };

/** Planned against done per week: the page's chart and the PDF's. */
export const plannedDoneRows = (data: SalesActivityPlanData): PlannedDoneRow[] => weeklyLoad(data).map((l) => ({ label: l.week.label, planned: l.planned, done: l.done }));

/** Planned in the first series colour, done in green, on the page and in the PDF alike. */
export const PLANNED_DONE_COLOURS = { planned: SERIES_COLOURS[0], done: SERIES_COLOURS[2] } as const;

/** The same rows for the PDF's grouped bar chart: a "Planned" and a "Done" bar per week. */
export const plannedDoneBars = (rows: readonly PlannedDoneRow[]): BarChartRow[] =>
  rows.flatMap((r) => [
    { label: r.label, value: r.planned, group: 'Planned', colour: PLANNED_DONE_COLOURS.planned },
    { label: r.label, value: r.done, group: 'Done', colour: PLANNED_DONE_COLOURS.done },
  ]);

/** The chart's scale: the largest count, and at least 1 so an empty chart still has an axis. */
export const chartMax = (rows: readonly PlannedDoneRow[]): number => Math.max(1, ...rows.map((r) => r.planned));
