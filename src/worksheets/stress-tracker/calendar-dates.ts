/**
 * Calendar dates as the learner writes them (yyyy-mm-dd), with no time of day and no time zone.
 * All arithmetic goes through UTC midnights, so clock changes and the learner's time zone never
 * shift a day: 29 March is always one day after 28 March.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date's parts, or null if it is not a real calendar date (e.g. 2027-02-30). */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export const isIsoDate = (iso: string) => parseIsoDate(iso) !== null;

/** Days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const toDayNumber = (iso: string): number => {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Not a calendar date: ${iso}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
};

const fromDayNumber = (dayNumber: number): string => {
  const date = new Date(dayNumber * DAY_MS);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
};

/** The date `days` calendar days after `iso` (negative for before). */
export const addDays = (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days);

/** Whole calendar days from `from` to `to` (negative if `to` is earlier). */
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

/**
 * The same day number `months` calendar months later, or that month's last day when it is
 * shorter: one month after 31 January 2027 is 28 February 2027.
 */
export function addMonths(iso: string, months: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Not a calendar date: ${iso}`);
  const monthIndex = parts.month - 1 + months;
  const year = parts.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date from `from` to `to` inclusive; empty if `to` is before `from`. */
export function datesFrom(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** Day of the week, Monday = 0 … Sunday = 6 (the UK calendar starts on Monday). */
export function weekdayIndex(iso: string): number {
  return (new Date(toDayNumber(iso) * DAY_MS).getUTCDay() + 6) % 7;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const monthName = (month: number) => MONTHS[month - 1] ?? '';

/** e.g. "Monday 1 March 2027"; the text as typed if it is not a date. */
export function longDate(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return `${WEEKDAYS[weekdayIndex(iso)]} ${parts.day} ${monthName(parts.month)} ${parts.year}`;
}

/** e.g. "1 March 2027". */
export function mediumDate(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? `${parts.day} ${monthName(parts.month)} ${parts.year}` : iso;
}

/** e.g. "1 Mar", for chart axes. */
export function shortDate(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? `${parts.day} ${monthName(parts.month).slice(0, 3)}` : iso;
}
