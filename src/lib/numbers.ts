/**
 * Numbers as learners type them and as people read them, for every worksheet.
 *
 * Conventions (one each, so the same figure looks the same everywhere):
 * - a number that cannot be shown (NaN, ±Infinity) is shown as NOT_SHOWN, an en dash;
 * - formatPercent takes a fraction (0.06 → "6 %"), with a space before the sign;
 * - en-GB thousands separators ("18,000"), and never "-0".
 */

/** What is shown in place of a number that cannot be shown (NaN or Infinity). */
export const NOT_SHOWN = '–';

export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  /** `too-large` is digits that overflow (e.g. 400 nines); `not-a-number` is anything else. */
  | { kind: 'invalid'; reason: 'not-a-number' | 'too-large' };

export type ReadOptions = {
  /** Accept a trailing "%" ("12.5%" reads as 12.5). */
  percent?: boolean;
  /** Accept a unit word after a space ("40 calls", "£18,000 a year"). */
  unitWords?: boolean;
};

// A sign and a currency symbol in either order, then digits with an optional decimal part
// ("12.", ".5" and "12.5" all read). Separators are removed before this is tested.
const NUMBER = /^([+-]?)\s*[£$€]?\s*([+-]?)(\d+(?:\.\d*)?|\.\d+)$/;
// A comma or space (including the no-break and thin spaces some keyboards and spreadsheets
// paste) between a digit and exactly three more digits: "18,000", "18 000", "1,234,567".
const THOUSANDS = /(?<=\d)[,\s\u00a0\u202f](?=\d{3}(?:\D|$))/g;
const PERCENT = /\s*%$/;
// "18k" stays unreadable rather than guessed: a unit needs a space before it.
const UNIT_WORDS = /\s+[a-z][a-z .]*$/i;

/**
 * Reads one number as a learner types it: "18000", "18,000", "£18,000", " 18 000 ", "-3", "+2.5",
 * and with the options "12%" and "40 calls". Never NaN: anything else comes back as invalid.
 */
export function readNumber(text: string, options: ReadOptions = {}): NumberReading {
  let rest = text.trim();
  if (rest === '') return { kind: 'empty' };
  if (options.percent && PERCENT.test(rest)) rest = rest.replace(PERCENT, '');
  else if (options.unitWords) rest = rest.replace(UNIT_WORDS, '');
  const match = NUMBER.exec(rest.replace(THOUSANDS, ''));
  // Two signs ("-£-5") are a typing slip, not a number.
  if (!match || (match[1] && match[2])) return { kind: 'invalid', reason: 'not-a-number' };
  const sign = match[1] || match[2];
  // Adding 0 turns "-0" into 0, so it never prints as "-0".
  const value = Number(`${sign === '-' ? '-' : ''}${match[3]}`) + 0;
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', reason: 'too-large' };
}

/** The number typed, or null when the text is blank or not one clear number. */
export function numberOrNull(text: string, options: ReadOptions = {}): number | null {
  const reading = readNumber(text, options);
  return reading.kind === 'number' ? reading.value : null;
}

export type FormatOptions = {
  /** At most this many decimals (default 2); trailing zeros are dropped unless `minDecimals` keeps them. */
  decimals?: number;
  /** At least this many decimals (default 0), e.g. 1 for "6.0". */
  minDecimals?: number;
};

// Formatters are made once per decimals pair: building one per call is slow across long tables.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, made);
  }
  return made;
}

/** A number for people: "18,000", "1,234.5"; NOT_SHOWN for NaN or Infinity; never "-0". */
export function formatNumber(value: number, { decimals = 2, minDecimals = 0 }: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_SHOWN;
  const max = Math.max(decimals, minDecimals);
  // Round first, so a value that rounds to zero loses its sign (-0.001 → "0", not "-0").
  const rounded = Number(value.toFixed(max)) + 0;
  return formatter(minDecimals, max).format(rounded);
}

/**
 * A fraction as a percentage: 0.06 → "6 %", 1/3 → "33.3 %" (default one decimal). A share above
 * zero too small to show is "under 0.1 %" rather than "0 %", so it never looks like nothing.
 */
export function formatPercent(fraction: number, { decimals = 1, minDecimals = 0 }: FormatOptions = {}): string {
  if (!Number.isFinite(fraction)) return NOT_SHOWN;
  const percent = fraction * 100;
  const smallest = 10 ** -Math.max(decimals, minDecimals);
  if (percent > 0 && percent < smallest / 2) return `under ${formatNumber(smallest, { decimals: Math.max(decimals, minDecimals) })} %`;
  return `${formatNumber(percent, { decimals, minDecimals })} %`;
}

export type MoneyOptions = {
  /** "always": "£1,250.00"; "when-needed" (default): "£1,250" but "£12.50". */
  pence?: 'always' | 'when-needed';
};

/** A sum in pounds: "£1,250", "£12.50", "-£5.50"; NOT_SHOWN for NaN or Infinity. */
export function formatMoney(pounds: number, { pence = 'when-needed' }: MoneyOptions = {}): string {
  if (!Number.isFinite(pounds)) return NOT_SHOWN;
  const rounded = Number(pounds.toFixed(2)) + 0;
  const showPence = pence === 'always' || !Number.isInteger(rounded);
  const digits = formatNumber(Math.abs(rounded), { decimals: showPence ? 2 : 0, minDecimals: showPence ? 2 : 0 });
  return `${rounded < 0 ? '-' : ''}£${digits}`;
}

/** A number for a spreadsheet cell, rounded to `places`; anything not finite is an empty cell, never NaN. */
export function spreadsheetNumber(value: number | null | undefined, places = 2): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  // Avoid "-0" in a cell.
  return Object.is(rounded, -0) ? 0 : rounded;
}

export type BoundedReading = { ok: true; value: number } | { ok: false; reason: string };

export type BoundedOptions = ReadOptions & {
  /** What to enter, in words for "Enter …": "the planned hours". */
  what: string;
  /** A typical value for the message: "2.5". */
  example: string;
  /** Least allowed (default 0). */
  min?: number;
  /** Most allowed: anything bigger is a slip. */
  max: number;
  /** Only whole numbers. */
  isWhole?: boolean;
  /** The message below `min`, when "Enter 1 or more." is not enough. */
  belowMin?: string;
  /** The message for a fraction when `isWhole`. */
  notWhole?: string;
};

/**
 * One typed figure read within bounds, each failure a plain reason naming what to enter; never
 * NaN. The worksheets keep what was typed and show the reason at the field.
 */
export function readBounded(typed: string, { what, example, min = 0, max, isWhole = false, belowMin, notWhole, ...read }: BoundedOptions): BoundedReading {
  const reading = readNumber(typed, read);
  if (reading.kind === 'empty') return { ok: false, reason: `Enter ${what}, for example ${example}.` };
  if (reading.kind === 'invalid' && reading.reason === 'too-large') return { ok: false, reason: `That is more than ${formatNumber(max)}: check the number.` };
  if (reading.kind === 'invalid') return { ok: false, reason: `“${typed.trim()}” is not a number: enter ${what}, for example ${example}.` };
  const { value } = reading;
  if (value < min) return { ok: false, reason: belowMin ?? `Enter ${formatNumber(min)} or more.` };
  if (isWhole && !Number.isInteger(value)) return { ok: false, reason: notWhole ?? `Enter a whole number, for example ${example}.` };
  if (value > max) return { ok: false, reason: `That is more than ${formatNumber(max)}: check the number.` };
  return { ok: true, value };
}
