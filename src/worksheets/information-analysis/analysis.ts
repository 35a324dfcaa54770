import { monthName } from '../../lib/dates';
import { formatMoney, formatPercent } from '../../lib/numbers';
import type { Dimension, SalesRow } from './model';

/**
 * The analysis tools the page works out from the learner's figures (L3B5 AC 3.1): the trend over
 * time with a 3-month moving average and the change on the month before, shares, top-N and
 * Pareto, and a comparison of the latest period with the one before. Pure; sums are in pounds.
 * Every result that cannot be worked out is null with a reason, never NaN or Infinity.
 */

/** The moving average's window: three months smooths a month's ups and downs but still turns with the trend. */
export const MOVING_AVERAGE_MONTHS = 3;
/** Pareto's line: the few that together make 80 % of sales. */
export const PARETO_SHARE = 0.8;

/** "2025-03" → "Mar 2025". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${monthName(Number(number)).slice(0, 3)} ${year}`;
}

/** The month after a yyyy-mm month. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last, inclusive (at most 1,200: a century of months, the schema's whole range). */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last && months.length < 1200; m = nextMonth(m)) months.push(m);
  return months;
}

export type MonthTotal = {
  month: string;
  total: number;
  /** Rows of figures in the month: 0 marks a month missing from the file, shown as £0. */
  rows: number;
  /** The mean of this month and the two before; null for the first two months. */
  movingAverage: number | null;
  /** "(£1,200 + £1,500 + £1,350) ÷ 3 = £1,350" */
  movingAverageWorking: string;
  /** Change on the month before as a fraction (0.12 is 12 %); null for the first month or after a month of £0. */
  change: number | null;
  /** "(£1,500 − £1,200) ÷ £1,200 = 25 %", or why there is none. */
  changeWorking: string;
};

/** Monthly totals from the first month to the last, with the 3-month moving average and the change on the month before. */
export function monthlyTrend(rows: readonly SalesRow[]): MonthTotal[] {
  if (rows.length === 0) return [];
  const totals = new Map<string, { total: number; rows: number }>();
  for (const row of rows) {
    const entry = totals.get(row.month) ?? { total: 0, rows: 0 };
    entry.total += row.value;
    entry.rows += 1;
    totals.set(row.month, entry);
  }
  const sorted = [...totals.keys()].sort();
  const months = monthsFrom(sorted[0]!, sorted.at(-1)!);
  const values = months.map((m) => totals.get(m)?.total ?? 0);
  const averages = movingAverage(values, MOVING_AVERAGE_MONTHS);
  return months.map((month, i) => {
    const total = values[i]!;
    const previous = i > 0 ? values[i - 1]! : null;
    const window = values.slice(Math.max(0, i - MOVING_AVERAGE_MONTHS + 1), i + 1);
    const average = averages[i] ?? null;
    const change = previous === null ? null : changeFraction(previous, total);
    return {
      month,
      total,
      rows: totals.get(month)?.rows ?? 0,
      movingAverage: average,
      movingAverageWorking: average === null ? `Needs ${MOVING_AVERAGE_MONTHS} months` : `(${window.map((v) => formatMoney(v)).join(' + ')}) ÷ ${MOVING_AVERAGE_MONTHS} = ${formatMoney(average)}`,
      change,
      changeWorking:
        previous === null ? 'First month' : change === null ? 'No change % after a month of £0' : `(${formatMoney(total)} − ${formatMoney(previous)}) ÷ ${formatMoney(previous)} = ${formatPercent(change)}`,
    };
  });
}

/** The mean of each value and the `window − 1` before it; null until there are `window` values. */
export function movingAverage(values: readonly number[], window: number): Array<number | null> {
  return values.map((_, i) => (i + 1 < window ? null : values.slice(i + 1 - window, i + 1).reduce((sum, v) => sum + v, 0) / window));
}

/** (now − before) ÷ before, as a fraction; null when `before` is 0 (no percentage change from nothing). */
export function changeFraction(before: number, now: number): number | null {
  return before === 0 ? null : (now - before) / before;
}

/** The label a row has in a dimension: as typed, or "Not given". */
export const keyOf = (row: SalesRow, by: Dimension) => row[by].trim() || 'Not given';

export type Share = {
  key: string;
  total: number;
  /** Of all sales, as a fraction. */
  share: number;
  /** This and every larger one together, as a fraction. */
  cumulative: number;
  rank: number;
  /** Within the few that together first reach 80 % of sales. */
  isVitalFew: boolean;
};

/**
 * Sales by region, product or customer, largest first (equal totals in alphabetical order), each
 * with its share of all sales and the running share: Pareto's "vital few" are those up to and
 * including the one that takes the running share to 80 %. Empty when there are no sales.
 */
export function sharesBy(rows: readonly SalesRow[], by: Dimension): Share[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(keyOf(row, by), (totals.get(keyOf(row, by)) ?? 0) + row.value);
  const grand = [...totals.values()].reduce((sum, v) => sum + v, 0);
  if (grand <= 0) return [];
  const sorted = [...totals.entries()].sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb));
  let running = 0;
  let reached = false;
  return sorted.map(([key, total], i) => {
    const isVitalFew = !reached;
    running += total;
    const cumulative = Math.min(1, running / grand);
    if (cumulative >= PARETO_SHARE - 1e-9) reached = true;
    return { key, total, share: total / grand, cumulative, rank: i + 1, isVitalFew };
  });
}

/** The Pareto finding in words: "3 of 12 customers (25 %) make 81.2 % of sales." */
export function paretoSummary(shares: readonly Share[], noun: string): string {
  const few = shares.filter((s) => s.isVitalFew);
  const last = few.at(-1);
  if (!last) return '';
  return `${few.length} of ${shares.length} ${noun} (${formatPercent(few.length / shares.length)}) make ${formatPercent(last.cumulative)} of sales.`;
}

export type Periods = {
  /** How many months each period has: 12 when there are 24 months or more, else half of what there is. */
  months: number;
  previous: { from: string; to: string };
  latest: { from: string; to: string };
};

/** The latest 12 months and the 12 before (or the two halves of a shorter run); null with fewer than two months. */
export function comparisonPeriods(rows: readonly SalesRow[]): Periods | null {
  const months = monthlyTrend(rows).map((m) => m.month);
  const size = Math.min(12, Math.floor(months.length / 2));
  if (size < 1) return null;
  const latest = months.slice(-size);
  const previous = months.slice(-2 * size, -size);
  return { months: size, previous: { from: previous[0]!, to: previous.at(-1)! }, latest: { from: latest[0]!, to: latest.at(-1)! } };
}

export const periodLabel = (p: { from: string; to: string }) => (p.from === p.to ? monthLabel(p.from) : `${monthLabel(p.from)} to ${monthLabel(p.to)}`);

export type ComparisonRow = { key: string; previous: number; latest: number; change: number | null; difference: number };

/**
 * Each region, product or customer's sales in the latest period against the period before, with
 * the change; largest latest first, then alphabetical. The last row is the total.
 */
export function comparisonBy(rows: readonly SalesRow[], by: Dimension): { periods: Periods; rows: ComparisonRow[]; total: ComparisonRow } | null {
  const periods = comparisonPeriods(rows);
  if (!periods) return null;
  const sums = new Map<string, { previous: number; latest: number }>();
  for (const row of rows) {
    const inLatest = row.month >= periods.latest.from && row.month <= periods.latest.to;
    const inPrevious = row.month >= periods.previous.from && row.month <= periods.previous.to;
    if (!inLatest && !inPrevious) continue;
    const entry = sums.get(keyOf(row, by)) ?? { previous: 0, latest: 0 };
    if (inLatest) entry.latest += row.value;
    else entry.previous += row.value;
    sums.set(keyOf(row, by), entry);
  }
  const toRow = (key: string, s: { previous: number; latest: number }): ComparisonRow => ({ key, ...s, change: changeFraction(s.previous, s.latest), difference: s.latest - s.previous });
  const compared = [...sums.entries()].map(([key, s]) => toRow(key, s)).sort((a, b) => b.latest - a.latest || a.key.localeCompare(b.key));
  const total = toRow('Total', { previous: compared.reduce((sum, r) => sum + r.previous, 0), latest: compared.reduce((sum, r) => sum + r.latest, 0) });
  return { periods, rows: compared, total };
}

/** A change as people read it: "+12.5 %", "-3 %" (the minus sign formatMoney uses), or "New" when there was nothing before. */
export function changeText(change: number | null, previous = 1): string {
  if (change === null) return previous === 0 ? 'New' : '–';
  const percent = formatPercent(Math.abs(change));
  return change > 0 ? `+${percent}` : change < 0 ? `-${percent}` : '0 %';
}

/** The figures in brief: "24 months, Jan 2025 to Dec 2026, 312 rows, £1,234,567 in all." */
export function figuresSummary(rows: readonly SalesRow[]): string {
  const trend = monthlyTrend(rows);
  if (!trend.length) return 'No figures imported yet.';
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  const span = periodLabel({ from: trend[0]!.month, to: trend.at(-1)!.month });
  return `${trend.length} month${trend.length === 1 ? '' : 's'}, ${span}, ${rows.length} row${rows.length === 1 ? '' : 's'}, ${formatMoney(total)} in all.`;
}

/** Whether a dimension has anything in it to break the figures down by (a column left out of the file has not). */
export const hasDimension = (rows: readonly SalesRow[], by: Dimension) => rows.some((r) => r[by].trim() !== '');

/**
 * Why a tool on the figures gives nothing yet, or null when it has a result: it needs figures, a
 * column to break them down by (shares, Pareto, comparison), and months enough.
 */
export function toolProblem(tool: 'trend' | 'shares' | 'pareto' | 'comparison', by: Dimension | '', rows: readonly SalesRow[]): string | null {
  if (rows.length === 0) return 'Import your sales figures first (the section before).';
  if (tool === 'trend') return monthlyTrend(rows).length < MOVING_AVERAGE_MONTHS ? `A trend with a ${MOVING_AVERAGE_MONTHS}-month moving average needs figures for ${MOVING_AVERAGE_MONTHS} months or more.` : null;
  if (by === '') return 'Choose what to break the figures down by.';
  if (!hasDimension(rows, by)) return `Your figures have no ${by} column: choose another.`;
  if (tool === 'comparison' && !comparisonPeriods(rows)) return 'A comparison needs figures for two months or more.';
  return null;
}
