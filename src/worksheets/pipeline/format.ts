/** Number formatting for working shown on screen and in the PDF. Never prints NaN or Infinity. */

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/** A whole count with thousands separators, e.g. "1,200". */
export const formatCount = (n: number): string => Math.round(finite(n)).toLocaleString('en-GB');

/** A sum of money in pounds: whole pounds when whole, otherwise pence, e.g. "£1,250" or "£12.50". */
export function formatMoney(n: number): string {
  const value = finite(n);
  const isWhole = Math.abs(value - Math.round(value)) < 0.005;
  return `£${value.toLocaleString('en-GB', {
    minimumFractionDigits: isWhole ? 0 : 2,
    maximumFractionDigits: isWhole ? 0 : 2,
  })}`;
}

/** A fraction (0.06) as a percentage to one decimal place ("6.0 %"); tiny non-zero values never show as 0. */
export function formatPercent(fraction: number): string {
  const value = finite(fraction);
  if (value > 0 && value < 0.0005) return 'under 0.1 %';
  return `${(value * 100).toFixed(1)} %`;
}

/** A number to at most one decimal place, dropping ".0": 16.666 → "16.7", 4 → "4". */
export function formatOneDecimal(n: number): string {
  const rounded = Math.round(finite(n) * 10) / 10;
  return rounded.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** A number as typed, for messages ("2.5", "-3"). */
export const formatTyped = (n: number): string => finite(n).toLocaleString('en-GB', { maximumFractionDigits: 4 });

/** "Budget, Need and Timeline". */
export const listInWords = (items: string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
