import { addDays, addMonths, datesFrom, daysBetween, formatDate, formatDayMonth, isIsoDate, weekdayIndex, weekStart } from '../../lib/dates';
import { formatMoney, formatNumber, formatPercent, readBounded, type BoundedReading } from '../../lib/numbers';
import { hasText, type Account, type Activity, type CostKind, type CostLine, type Indicator, type SalesActivityPlanData } from './model';

/** Bounds for what is typed: anything beyond is a slip, said so at the field. */
export const LIMITS = {
  activityHours: 24, // one activity within a day
  weekHours: 80,
  money: 10_000_000,
  quantity: 100_000,
  indicator: 1_000_000_000,
  /** A plan longer than a year is not one plan: the weekly view stops there. */
  periodDays: 366,
} as const;

export const readActivityHours = (typed: string): BoundedReading => readBounded(typed, { what: 'the hours you plan to spend', example: '1.5', max: LIMITS.activityHours, unitWords: true });
export const readWeekHours = (typed: string): BoundedReading => readBounded(typed, { what: 'the hours a week', example: '37.5', max: LIMITS.weekHours, unitWords: true });
export const readMoney = (typed: string, what: string): BoundedReading => readBounded(typed, { what, example: '45', max: LIMITS.money });
export const readQuantity = (typed: string): BoundedReading => readBounded(typed, { what: 'how many', example: '3', max: LIMITS.quantity, unitWords: true });
export const readProbability = (typed: string): BoundedReading =>
  readBounded(typed, { what: 'the probability of a sale as a percentage', example: '60 %', max: 100, percent: true });
export const readTarget = (typed: string): BoundedReading =>
  readBounded(typed, { what: 'the target', example: '12', min: Number.MIN_VALUE, belowMin: 'A target is more than 0: enter what you aim for.', max: LIMITS.indicator, unitWords: true });
export const readActual = (typed: string): BoundedReading => readBounded(typed, { what: 'the figure achieved', example: '3', max: LIMITS.indicator, unitWords: true });

/** The reason to show at a field, or undefined when it reads (or is still blank and `quietWhenBlank`). */
export function problemOf(typed: string, read: (t: string) => BoundedReading, quietWhenBlank = true): string | undefined {
  if (quietWhenBlank && !hasText(typed)) return undefined;
  const reading = read(typed);
  return reading.ok ? undefined : reading.reason;
}

const valueOf = (reading: BoundedReading): number | null => (reading.ok ? reading.value : null);

// ── The period ───────────────────────────────────────────────────────────────

/** "1 March 2027 to 31 March 2027", or '' while not dated. */
export const periodText = (start: string, end: string) => (isIsoDate(start) && isIsoDate(end) ? `${formatDate(start)} to ${formatDate(end)}` : '');

/** The last day of a one-month plan starting on `start`: 1 March → 31 March; 31 January → 27 February. */
export const monthEnd = (start: string): string => addDays(addMonths(start, 1), -1);

/**
 * Why the plan's dates cannot be used, or undefined when they can (or are not both given yet).
 * The assessor guidance asks for planning "over at least a one-month period" (L3C4 LO2).
 */
export function periodProblem(start: string, end: string): string | undefined {
  if (!isIsoDate(start) || !isIsoDate(end)) return undefined;
  const days = daysBetween(start, end) + 1;
  if (days < 1) return 'The end is before the start: check the dates.';
  if (end < monthEnd(start))
    return `The plan covers ${days} day${days === 1 ? '' : 's'}: the assessor guidance asks for “at least a one-month period”. End it on ${formatDate(monthEnd(start))} or later.`;
  if (days > LIMITS.periodDays) return 'That is more than a year: plan a month or a quarter at a time.';
  return undefined;
}

/** Both dates given and the period at least a month (and at most a year). */
export const isUsablePeriod = (start: string, end: string) => isIsoDate(start) && isIsoDate(end) && periodProblem(start, end) === undefined;

export type PlanWeek = {
  /** The Monday that starts the week. */
  monday: string;
  /** The part of the week inside the plan. */
  from: string;
  to: string;
  /** Monday to Friday days of the week inside the plan (0–5). */
  workingDays: number;
  /** "w/c 1 Mar": the week commencing, as charts and tables label it. */
  label: string;
};

/** The plan's weeks, Monday to Sunday, the first and last cut to the plan's dates; none while the period is not usable. */
export function planWeeks(start: string, end: string): PlanWeek[] {
  if (!isUsablePeriod(start, end)) return [];
  const weeks: PlanWeek[] = [];
  for (let monday = weekStart(start); monday <= end; monday = addDays(monday, 7)) {
    const from = monday < start ? start : monday;
    const sunday = addDays(monday, 6);
    const to = sunday > end ? end : sunday;
    const workingDays = datesFrom(from, to).filter((d) => weekdayIndex(d) < 5).length;
    weeks.push({ monday, from, to, workingDays, label: `w/c ${formatDayMonth(monday)}` });
  }
  return weeks;
}

/** The message when an activity (or a logged figure) is dated outside the plan's period; undefined otherwise. */
export function outsidePeriodProblem(date: string, start: string, end: string, what = 'This'): string | undefined {
  if (!isIsoDate(date) || !isUsablePeriod(start, end)) return undefined;
  if (date >= start && date <= end) return undefined;
  return `${what} is outside your plan’s period (${periodText(start, end)}): check the date, or the period.`;
}

// ── Prioritised customers and prospects ─────────────────────────────────────

export type RankedAccount = {
  account: Account;
  value: number;
  /** 0–1. */
  probability: number;
  /** value × probability: the indicative content's "potential value and probability of a sale" in one figure. */
  weighted: number;
  /** 1 for the highest weighted value; equal values share a rank (1, 1, 3). */
  rank: number;
};

/** The list ranked by weighted value (value × probability), highest first; ties keep the learner's order. Accounts not named or not readable are left out. */
export function rankAccounts(accounts: readonly Account[]): RankedAccount[] {
  const read = accounts.flatMap((account, order) => {
    const value = valueOf(readMoney(account.value, 'the potential value'));
    const percent = valueOf(readProbability(account.probability));
    if (!hasText(account.name) || value === null || percent === null) return [];
    return [{ account, order, value, probability: percent / 100, weighted: (value * percent) / 100 }];
  });
  const sorted = read.sort((a, b) => b.weighted - a.weighted || a.order - b.order);
  return sorted.map(({ account, value, probability, weighted }) => ({ account, value, probability, weighted, rank: 1 + sorted.filter((o) => o.weighted > weighted).length }));
}

/** "£8,000 × 60 % = £4,800": the weighted value with its working. */
export const weightedWorking = (r: Pick<RankedAccount, 'value' | 'probability' | 'weighted'>) =>
  `${formatMoney(r.value)} × ${formatPercent(r.probability, { decimals: 0 })} = ${formatMoney(r.weighted)}`;

/** The customer or prospect as lists show it: typed, or "Customer or prospect 2" while not named; '' for no such id. */
export function accountName(accounts: readonly Account[], id: string): string {
  const index = accounts.findIndex((a) => a.id === id);
  if (index < 0) return '';
  const account = accounts[index]!;
  return hasText(account.name) ? account.name.trim() : `Customer or prospect ${index + 1}`;
}

// ── Activities ──────────────────────────────────────────────────────────────

/** An activity planned in full: dated inside the period, for a named customer or prospect on the list, with a method, an objective and readable hours. */
export function isPlannedActivity(activity: Activity, data: Pick<SalesActivityPlanData, 'accounts' | 'start' | 'end'>): boolean {
  const account = data.accounts.find((a) => a.id === activity.accountId);
  return (
    isIsoDate(activity.date) &&
    outsidePeriodProblem(activity.date, data.start, data.end) === undefined &&
    account !== undefined &&
    hasText(account.name) &&
    activity.method !== '' &&
    hasText(activity.objective) &&
    readActivityHours(activity.hours).ok
  );
}

// ── Hours against the hours available ───────────────────────────────────────

export type Availability = {
  /** Working hours in a normal week, or null while not readable. */
  weekly: number | null;
  /** Hours a week blocked out for other obligations (readable ones only). */
  obligations: number;
  /** weekly − obligations, or null while the week is not readable or the obligations exceed it. */
  available: number | null;
  /** "37.5 − 7.5 − 4 = 26 hours a week for sales activities". */
  working: string;
  problem?: string;
};

/** The hours a normal week leaves for sales activities once other obligations are blocked out. */
export function availability(data: Pick<SalesActivityPlanData, 'weeklyHours' | 'obligations'>): Availability {
  const weekly = valueOf(readWeekHours(data.weeklyHours));
  const blocked = data.obligations.map((o) => valueOf(readWeekHours(o.hoursPerWeek))).filter((h): h is number => h !== null);
  const obligations = blocked.reduce((sum, h) => sum + h, 0);
  if (weekly === null) return { weekly, obligations, available: null, working: '' };
  const available = weekly - obligations;
  const working = `${[weekly, ...blocked].map((h) => formatNumber(h)).join(' − ')} = ${formatNumber(available)} hours a week for sales activities`;
  if (available < 0)
    return { weekly, obligations, available: null, working, problem: `Your other obligations (${formatNumber(obligations)} hours) are more than your working week (${formatNumber(weekly)} hours): check the hours.` };
  return { weekly, obligations, available, working };
}

export type WeekLoad = {
  week: PlanWeek;
  /** Activities dated in the week (every one with a date, however complete). */
  planned: number;
  /** Of those, the ones logged as done. */
  done: number;
  /** Readable planned hours of the week's activities. */
  hours: number;
  /** Hours available in the week: the weekly figure × working days ÷ 5 (a part week has fewer), or null while unknown. */
  available: number | null;
  /** available − hours; negative when the week is over-planned; null while unknown. */
  spare: number | null;
};

/** Each week of the plan: activities planned and done, hours planned against hours available. */
export function weeklyLoad(data: SalesActivityPlanData): WeekLoad[] {
  const { available } = availability(data);
  return planWeeks(data.start, data.end).map((week) => {
    const inWeek = data.activities.filter((a) => isIsoDate(a.date) && a.date >= week.from && a.date <= week.to);
    const hours = inWeek.reduce((sum, a) => sum + (valueOf(readActivityHours(a.hours)) ?? 0), 0);
    const weekAvailable = available === null ? null : (available * week.workingDays) / 5;
    return {
      week,
      planned: inWeek.length,
      done: inWeek.filter((a) => a.outcome === 'done').length,
      hours,
      available: weekAvailable,
      spare: weekAvailable === null ? null : weekAvailable - hours,
    };
  });
}

/** The weeks planned beyond the hours available, by label. */
export const overPlannedWeeks = (loads: readonly WeekLoad[]) => loads.filter((l) => l.spare !== null && l.spare < -1e-9).map((l) => l.week.label);

// ── Budget ──────────────────────────────────────────────────────────────────

export type CostAmount = { line: CostLine; amount: number; working: string };
/** A kind's total; kind '' gathers the lines whose kind is not chosen yet. */
export type KindTotal = { kind: CostKind | ''; total: number; lines: number; working: string };

export type Budget = {
  lines: CostAmount[];
  byKind: KindTotal[];
  total: number;
  /** "£84 + £135 = £219" (the kinds' totals added up). */
  working: string;
  /** Lines with a description but a quantity or cost that does not read: left out of every total. */
  unreadable: number;
};

const pence = (pounds: number) => Math.round(pounds * 100);

/** One cost line's amount: quantity × unit cost, to the penny, with its working; null while either does not read. */
export function costAmount(line: CostLine): CostAmount | null {
  const quantity = valueOf(readQuantity(line.quantity));
  const unit = valueOf(readMoney(line.unitCost, 'the cost of one'));
  if (quantity === null || unit === null) return null;
  const amount = pence(quantity * unit) / 100;
  return { line, amount, working: quantity === 1 ? formatMoney(amount) : `${formatNumber(quantity)} × ${formatMoney(unit)} = ${formatMoney(amount)}` };
}

const sumWorking = (amounts: readonly number[], total: number) => (amounts.length > 1 ? `${amounts.map((a) => formatMoney(a)).join(' + ')} = ${formatMoney(total)}` : formatMoney(total));

/** The budget: every readable line's amount, totals by kind in the kinds' order (lines with no kind last), and the grand total, each with its working. */
export function budget(costs: readonly CostLine[], kinds: readonly CostKind[]): Budget {
  const started = costs.filter((c) => hasText(c.what) || hasText(c.unitCost));
  const lines = started.map(costAmount).filter((c): c is CostAmount => c !== null);
  const byKind = [...kinds, '' as const].flatMap((kind) => {
    const ofKind = lines.filter((l) => l.line.kind === kind);
    if (!ofKind.length) return [];
    const total = ofKind.reduce((sum, l) => sum + pence(l.amount), 0) / 100;
    return [{ kind, total, lines: ofKind.length, working: sumWorking(ofKind.map((l) => l.amount), total) }];
  });
  const total = byKind.reduce((sum, k) => sum + pence(k.total), 0) / 100;
  return { lines, byKind, total, working: sumWorking(byKind.map((k) => k.total), total), unreadable: started.length - lines.length };
}

/** The budget against the period's sales target, e.g. "£450 to win £12,000: 3.8 % of the target"; null while the target does not read or is 0. */
export function budgetToTarget(total: number, targetValue: string): { ratio: number; text: string } | null {
  const target = valueOf(readMoney(targetValue, 'the target’s value'));
  if (target === null || target <= 0) return null;
  const ratio = total / target;
  return { ratio, text: `${formatMoney(total)} budget for a ${formatMoney(target)} target: ${formatPercent(ratio)} of the target` };
}

// ── Indicators ──────────────────────────────────────────────────────────────

export type IndicatorProgress = {
  target: number | null;
  /** Readable actuals added up. */
  achieved: number;
  /** achieved ÷ target (may pass 1); null while the target does not read. */
  share: number | null;
  /** Actuals logged with a date and a readable figure. */
  logged: number;
  /** Actuals with a figure that does not read: left out of the total. */
  unreadable: number;
  /** "7 of 12 (58 %)", or "7 so far" while the target does not read. */
  text: string;
};

/** An indicator's progress: its logged actuals added up against its target. */
export function indicatorProgress(indicator: Indicator): IndicatorProgress {
  const target = valueOf(readTarget(indicator.target));
  const started = indicator.actuals.filter((a) => a.date !== '' || hasText(a.value));
  const readable = started.map((a) => valueOf(readActual(a.value))).filter((v): v is number => v !== null);
  const achieved = readable.reduce((sum, v) => sum + v, 0);
  const share = target === null ? null : achieved / target;
  const logged = started.filter((a) => a.date !== '' && readActual(a.value).ok).length;
  const text = share === null ? `${formatNumber(achieved)} so far` : `${formatNumber(achieved)} of ${formatNumber(target!)} (${formatPercent(share, { decimals: 0 })})`;
  return { target, achieved, share, logged, unreadable: started.length - readable.length, text };
}
