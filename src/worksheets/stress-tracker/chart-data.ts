import { datesFrom, daysInMonth, formatDayMonth, monthName, parseIsoDate, weekdayIndex } from '../../lib/dates';
import { dailyRows, formatScore, measurementScore, onRatingScale, trackingPeriod } from './calculations';
import type { StressData } from './model';

export type ChartRow = { date: string; label: string; rating: number | null; average: number | null };

/** Daily ratings and the 7-day average, one row per day of the period (average to one decimal). */
export function ratingChartRows(data: StressData, today: string): ChartRow[] {
  return dailyRows(data, today).map((row) => ({
    date: row.date,
    label: formatDayMonth(row.date),
    rating: row.rating,
    average: row.average === null ? null : Math.round(row.average * 10) / 10,
  }));
}

export type ReferenceMark = { label: string; value: number };

/** The baseline and retake drawn on the 0–10 daily scale, labelled with their real scores. */
export function questionnaireMarks(data: StressData): ReferenceMark[] {
  const marks: ReferenceMark[] = [];
  for (const [which, name] of [['baseline', 'Baseline'], ['retake', 'Retake']] as const) {
    const score = measurementScore(data.instrument, data[which]);
    if (!score) continue;
    const value = onRatingScale(data, score);
    marks.push({ label: `${name} ${formatScore(score.score)}/${formatScore(score.max)}, on the 0–10 scale`, value });
  }
  return marks;
}

export type DayStatus = 'logged' | 'missed' | 'before' | 'after';
export type CalendarDay = {
  date: string;
  day: number;
  status: DayStatus;
  rating: number | null;
  usedTechnique: boolean;
  /** The day the baseline or the retake was taken, if either. */
  measurement: 'Baseline' | 'Retake' | null;
};
export type CalendarMonth = { key: string; title: string; weeks: Array<Array<CalendarDay | null>> };

export const DAY_STATUS_WORDS: Record<DayStatus, string> = {
  logged: 'logged',
  missed: 'missed',
  before: 'before tracking',
  after: 'after tracking',
};

/** Month grids (weeks from Monday) covering the tracking period, each day logged, missed or outside it. */
export function calendarMonths(data: StressData, today: string): CalendarMonth[] {
  const period = trackingPeriod(data, today);
  if (!period) return [];
  const byDate = new Map(data.checkIns.map((c) => [c.date, c]));
  const start = parseIsoDate(period.start)!;
  const end = parseIsoDate(period.end)!;
  const months: CalendarMonth[] = [];
  for (let y = start.year, m = start.month; y < end.year || (y === end.year && m <= end.month); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    const last = `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
    const cells: Array<CalendarDay | null> = Array.from({ length: weekdayIndex(first) }, () => null);
    for (const date of datesFrom(first, last)) {
      const checkIn = byDate.get(date);
      const status: DayStatus = date < period.start ? 'before' : date > period.end ? 'after' : checkIn ? 'logged' : 'missed';
      const measurement = date === data.baseline.date ? 'Baseline' : date === data.retake.date ? 'Retake' : null;
      cells.push({ date, day: Number(date.slice(8)), status, rating: checkIn?.rating ?? null, usedTechnique: checkIn?.usedTechnique ?? false, measurement });
    }
    while (cells.length % 7) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
    months.push({ key: first.slice(0, 7), title: `${monthName(m)} ${y}`, weeks });
  }
  return months;
}

/** A calendar day in words, for its accessible name on screen. */
export function dayInWords(day: CalendarDay): string {
  const status = day.status === 'logged' ? `rated ${day.rating}${day.usedTechnique ? ', technique used' : ''}` : DAY_STATUS_WORDS[day.status];
  return day.measurement ? `${status}; ${day.measurement.toLowerCase()} taken` : status;
}

/** A calendar day as a PDF table cell: the day number, then logged (rating) or missed; days outside the period show only their number. */
export function dayCellText(day: CalendarDay): string {
  const lines = [String(day.day)];
  if (day.status === 'logged') lines.push(`rated ${day.rating}`, ...(day.usedTechnique ? ['technique used'] : []));
  if (day.status === 'missed') lines.push('missed');
  if (day.measurement) lines.push(day.measurement);
  return lines.join('\n');
}

export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
