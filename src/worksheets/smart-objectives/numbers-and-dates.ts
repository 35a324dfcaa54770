/** Small pure helpers for the SMART checks: reading typed numbers and counting days between dates. */

/**
 * Reads a number as learners type it: "£18,000", "12.5%", " 40 calls" → 18000, 12.5, 40.
 * Returns null for anything that is not one clear number ("", "lots", "10-12", "1e400").
 */
export function readNumber(typed: string): number | null {
  const cleaned = typed
    .trim()
    .replace(/^[£$€]\s*/, '')
    .replace(/(?<=\d),(?=\d{3}(\D|$))/g, '')
    // A trailing % or a unit word after a space ("40 calls"); "18k" stays unreadable rather than guessed.
    .replace(/(\s*%|\s+[a-z][a-z .]*)$/i, '')
    .trim();
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Formats a number for people: thousands separated, at most two decimals, never NaN. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC midnight of a real calendar date written yyyy-mm-dd, or null ("2026-02-30" is null). */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

export const isRealDate = (iso: string) => dayNumber(iso) !== null;

/** Whole days from `from` to `to` (negative if `to` is earlier), or null if either is not a real date. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** The date `days` after `iso` (before, if negative), as yyyy-mm-dd. */
export function addDays(iso: string, days: number): string {
  const start = dayNumber(iso);
  if (start === null) throw new Error(`Not a date: ${iso}`);
  return new Date((start + days) * DAY_MS).toISOString().slice(0, 10);
}

/** A date as UK readers expect it ("31 March 2027"), or the text unchanged if it is not a date. */
export function longDate(iso: string): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return new Date(day * DAY_MS).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A short date for chart axes and tables ("3 Mar 27"). */
export function shortDate(iso: string): string {
  const day = dayNumber(iso);
  if (day === null) return iso;
  return new Date(day * DAY_MS).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
}
