/** Number formatting for working shown on screen and in the PDF. Never prints NaN or Infinity. */
import { formatDate } from '../../lib/dates';

// One formatter each, made once: toLocaleString builds a new formatter on every call, which is slow
// across hundreds of prospects.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const PENCE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const AS_TYPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/** A whole count with thousands separators, e.g. "1,200". */
export const formatCount = (n: number): string => {
  const value = Math.round(finite(n));
  // Small whole numbers need no separators: skip the (slow) formatter.
  return Math.abs(value) < 1000 ? String(value) : WHOLE.format(value);
};

/** A sum of money in pounds: whole pounds when whole, otherwise pence, e.g. "£1,250" or "£12.50". */
export function formatMoney(n: number): string {
  const value = finite(n);
  const isWhole = Math.abs(value - Math.round(value)) < 0.005;
  return `£${isWhole ? WHOLE.format(Math.round(value)) : PENCE.format(value)}`;
}

/** A fraction (0.06) as a percentage to one decimal place ("6.0 %"); tiny non-zero values never show as 0. */
export function formatPercent(fraction: number): string {
  const value = finite(fraction);
  if (value > 0 && value < 0.0005) return 'under 0.1 %';
  return `${(value * 100).toFixed(1)} %`;
}

/** A number to at most one decimal place, dropping ".0": 16.666 → "16.7", 4 → "4". */
export const formatOneDecimal = (n: number): string => {
  const value = Math.round(finite(n) * 10) / 10;
  return Math.abs(value) < 1000 ? String(value) : ONE_DECIMAL.format(value);
};

/** A number as typed, for messages ("2.5", "-3"). */
export const formatTyped = (n: number): string => {
  const value = finite(n);
  return Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : AS_TYPED.format(value);
};

/** A yyyy-mm-dd date as UK readers expect it ("23 November 2026"): lib/dates' formatDate, whose formatter is made once. */
export const formatDay = formatDate;
