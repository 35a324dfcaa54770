/** The pipeline's number styles for working shown on screen and in the PDF, all on lib/numbers. */
import { formatMoney as formatPounds, formatNumber, formatPercent as formatShare } from '../../lib/numbers';

/** A whole count with thousands separators, e.g. "1,200". */
export const formatCount = (n: number): string => formatNumber(n, { decimals: 0 });

/** A sum of money in pounds: whole pounds when whole, otherwise pence, e.g. "£1,250" or "£12.50". */
export const formatMoney = (n: number): string => formatPounds(n);

/** A fraction (0.06) as a percentage to one fixed decimal place ("6.0 %"), so a column of them lines up. */
export const formatPercent = (fraction: number): string => formatShare(fraction, { decimals: 1, minDecimals: 1 });

/** A number to at most one decimal place, dropping ".0": 16.666 → "16.7", 4 → "4". */
export const formatOneDecimal = (n: number): string => formatNumber(n, { decimals: 1 });

/** A number as typed, for messages ("2.5", "-3"). */
export const formatTyped = (n: number): string => formatNumber(n, { decimals: 4 });
