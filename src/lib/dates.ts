/**
 * Calendar dates as date inputs give them (yyyy-mm-dd): no time of day and no time zone. All
 * arithmetic goes through UTC midnights, so clock changes and the learner's time zone never
 * shift a day: 29 March is always one day after 28 March. Text that is not a real date is shown
 * back as it was typed, never as "Invalid Date".
 */

export type DateParts = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Today's date as yyyy-mm-dd in the learner's own time zone. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The date's parts, or null if it is not a real calendar date (e.g. 2027-02-30). */
export function parseIsoDate(iso: string): DateParts | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A real calendar date written yyyy-mm-dd. */
export const isIsoDate = (iso: string): boolean => parseIsoDate(iso) !== null;

/** Days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const toDayNumber = (iso: string): number => {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Not a calendar date: ${iso}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
};

const fromDayNumber = (dayNumber: number): string => {
  const date = new Date(dayNumber * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
};

// addDays, addMonths and daysBetween throw on a date that is not real: the caller checks what
// the learner typed first (isIsoDate), or uses tryDaysBetween.

/** The date `days` calendar days after `iso` (negative for before). */
export const addDays = (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days);

/** Whole calendar days from `from` to `to` (negative if `to` is earlier). */
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

/** Whole calendar days from `from` to `to`, or null when either is not a real date (e.g. still blank). */
export const tryDaysBetween = (from: string, to: string): number | null =>
  isIsoDate(from) && isIsoDate(to) ? daysBetween(from, to) : null;

/** Whole weeks from `from` to `to`, rounded down (13 days is 1 week); null when either is not a real date. */
export function weeksBetween(from: string, to: string): number | null {
  const days = tryDaysBetween(from, to);
  return days === null ? null : Math.trunc(days / 7);
}

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
  return isoOf(year, month, Math.min(parts.day, daysInMonth(year, month)));
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

/** A month's name (month 1–12), e.g. "March"; '' outside 1–12. */
export const monthName = (month: number): string => MONTHS[month - 1] ?? '';
// Written out rather than from Intl: Intl's en-GB short month for September is "Sept" in some
// browsers and "Sep" in others, and charts and tables must read the same everywhere.
const shortMonth = (month: number) => monthName(month).slice(0, 3);

// Made once: building a formatter per call is slow across long lists of timestamps.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A date or timestamp as UK readers expect it, e.g. "23 November 2026"; other text as it was typed. */
export function formatDate(iso: string): string {
  const parts = parseIsoDate(iso);
  if (parts) return `${parts.day} ${monthName(parts.month)} ${parts.year}`;
  if (iso.length <= 10) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

/** A timestamp with its time in the learner's time zone, e.g. "23 November 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDate(iso)}, ${TIME_FORMAT.format(date)}`;
}

/** e.g. "Monday 1 March 2027"; the text as typed if it is not a date. */
export function formatWeekdayDate(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? `${WEEKDAYS[weekdayIndex(iso)]} ${parts.day} ${monthName(parts.month)} ${parts.year}` : iso;
}

/** e.g. "1 Mar", for chart axes within one period. */
export function formatDayMonth(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? `${parts.day} ${shortMonth(parts.month)}` : iso;
}

/** e.g. "3 Mar 27", for chart axes and tables that can span years. */
export function formatShortDate(iso: string): string {
  const parts = parseIsoDate(iso);
  return parts ? `${parts.day} ${shortMonth(parts.month)} ${pad(parts.year % 100)}` : iso;
}

/** The Monday of the week `iso` falls in (UK weeks run Monday to Sunday). */
export const weekStart = (iso: string): string => addDays(iso, -weekdayIndex(iso));

/** A date as an export prints it: "23 November 2026", or "Not given" while blank. */
export const dateOrNotGiven = (iso: string): string => (iso.trim() ? formatDate(iso.trim()) : 'Not given');
