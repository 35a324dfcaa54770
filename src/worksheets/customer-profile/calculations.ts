import type { CustomerNumbers, NumberField } from './model';
import { formatMoney as formatPounds, formatNumber, formatPercent, readNumber } from '../../lib/numbers';
import { listInWords } from '../../lib/text-list';

/**
 * Reading the learner's figures and working out customer lifetime value (CLV). Pure: the page,
 * the comparison, the chart and the PDF all call these, so they always agree.
 */

/** A figure as the learner typed it, checked: a number, left blank, or a plain reason it cannot be used. */
export type FigureCheck = { status: 'ok'; value: number } | { status: 'blank' } | { status: 'error'; message: string };

type FigureRule = {
  label: string;
  unit: 'money' | 'count' | 'percent' | 'years';
  isRequired: boolean;
  /** What to ask for when it is left blank. */
  whenBlank: string;
  /** What a number of the right kind looks like, for the "not a number" message. */
  kindOf: string;
  whenNegative: string;
  /** Checked after the sign: a message for values that make no sense, or null if fine. */
  limit(value: number): string | null;
};

export const FIGURE_RULES: Record<NumberField, FigureRule> = {
  averageOrderValue: {
    label: 'Average order value (£)',
    unit: 'money',
    isRequired: true,
    whenBlank: 'Enter the average amount this customer spends per order, in pounds.',
    kindOf: 'an amount in pounds: use digits, for example 45.50',
    whenNegative: 'An order value cannot be negative.',
    limit: (v) =>
      v === 0
        ? 'An average order value of £0 means nothing was bought: enter the average amount per order.'
        : v > 1_000_000_000
          ? 'That is more than £1 billion per order: check the figure.'
          : null,
  },
  purchasesPerYear: {
    label: 'Purchases per year',
    unit: 'count',
    isRequired: true,
    whenBlank: 'Enter how many times a year this customer buys.',
    kindOf: 'a number of purchases: use digits, for example 12, or 0.5 for one purchase every two years',
    whenNegative: 'The number of purchases cannot be negative.',
    limit: (v) =>
      v === 0
        ? 'A customer who buys 0 times a year has no lifetime value: enter how often they buy (0.5 means once every two years).'
        : v > 100_000
          ? 'That is more than 100,000 purchases a year: check the figure.'
          : null,
  },
  grossMarginPercent: {
    label: 'Gross margin (%)',
    unit: 'percent',
    isRequired: true,
    whenBlank: 'Enter the gross margin on this customer’s orders, as a percentage.',
    kindOf: 'a percentage: use digits, for example 35',
    whenNegative: 'A gross margin below 0 % means selling at a loss: enter a margin from 0 to 100 %.',
    limit: (v) =>
      v > 100
        ? 'A gross margin cannot be more than 100 %: it is the share of the selling price left after the cost of the goods.'
        : null,
  },
  relationshipYears: {
    label: 'Expected relationship length (years)',
    unit: 'years',
    isRequired: true,
    whenBlank: 'Enter how many years you expect this customer to keep buying.',
    kindOf: 'a number of years: use digits, for example 4 or 2.5',
    whenNegative: 'A relationship length cannot be negative.',
    limit: (v) =>
      v === 0
        ? 'A relationship of 0 years has no lifetime value: enter how many years you expect them to keep buying.'
        : v > 100
          ? 'That is more than 100 years: check the figure.'
          : null,
  },
  retentionPercent: {
    label: 'Retention rate (% kept each year, if known)',
    unit: 'percent',
    isRequired: false,
    whenBlank: '',
    kindOf: 'a percentage: use digits, for example 80',
    whenNegative: 'A retention rate cannot be negative.',
    limit: (v) =>
      v >= 100
        ? 'A retention rate of 100 % or more means the customer never leaves, so the lifetime value would be infinite. Enter the share of customers kept each year, below 100 %.'
        : null,
  },
  discountPercent: {
    label: 'Discount rate (% a year, if known)',
    unit: 'percent',
    isRequired: false,
    whenBlank: '',
    kindOf: 'a percentage: use digits, for example 10',
    whenNegative: 'A discount rate cannot be negative.',
    limit: (v) => (v > 100 ? 'A discount rate over 100 % a year is not realistic: most businesses use 5 to 15 %.' : null),
  },
};

/** Reads one typed figure, forgiving "£1,250.50" and "35 %", refusing anything else with a reason. */
export function checkFigure(field: NumberField, raw: string): FigureCheck {
  const rule = FIGURE_RULES[field];
  const trimmed = raw.trim();
  if (trimmed === '') return rule.isRequired ? { status: 'error', message: rule.whenBlank } : { status: 'blank' };
  const reading = readNumber(trimmed, { percent: true });
  if (reading.kind !== 'number') {
    return { status: 'error', message: reading.kind === 'invalid' && reading.reason === 'too-large' ? `“${shorten(trimmed)}” is too large: check the figure.` : `“${shorten(trimmed)}” is not ${rule.kindOf}.` };
  }
  const value = reading.value;
  if (value < 0) return { status: 'error', message: rule.whenNegative };
  const problem = rule.limit(value);
  return problem ? { status: 'error', message: problem } : { status: 'ok', value };
}

const shorten = (value: string) => (value.length > 24 ? `${value.slice(0, 24)}…` : value);

export type RetentionValue = {
  /** r ÷ (1 + d − r) × annual gross profit, in pounds. */
  clv: number;
  retention: number;
  discount: number;
  /** 1 ÷ (1 − r): the average relationship, in years, the retention rate implies. */
  impliedYears: number;
  working: string[];
};

export type ClvResult =
  | {
      ok: true;
      /** The four required figures as numbers (margin in %). */
      inputs: { averageOrderValue: number; purchasesPerYear: number; grossMarginPercent: number; relationshipYears: number };
      annualRevenue: number;
      annualGrossProfit: number;
      /** Annual gross profit × relationship length, in pounds: the figure compared across customers. */
      clv: number;
      working: string[];
      /** Only when the learner knows the retention rate. */
      retention: RetentionValue | null;
    }
  | { ok: false; reason: string; problems: string[] };

export const CLV_FORMULA =
  'Customer lifetime value = average order value × purchases per year × gross margin × expected relationship length (years)';
export const RETENTION_FORMULA =
  'Retention-based lifetime value = annual gross profit × r ÷ (1 + d − r), where r is the retention rate and d the discount rate (0 if not known)';

/** Customer lifetime value from the typed figures, with each step of the working in words. */
export function customerLifetimeValue(numbers: CustomerNumbers): ClvResult {
  const checks = Object.fromEntries(
    (Object.keys(FIGURE_RULES) as NumberField[]).map((field) => [field, checkFigure(field, numbers[field])]),
  ) as Record<NumberField, FigureCheck>;
  const problems = (Object.keys(checks) as NumberField[]).flatMap((field) => {
    const check = checks[field];
    return check.status === 'error' ? [`${FIGURE_RULES[field].label}: ${check.message}`] : [];
  });
  if (problems.length > 0) {
    const fields = (Object.keys(checks) as NumberField[])
      .filter((field) => checks[field].status === 'error')
      .map((field) => FIGURE_RULES[field].label.replace(/ \(.*\)$/, '').toLowerCase());
    return { ok: false, reason: `Lifetime value cannot be worked out yet: check the ${listInWords(fields)}.`, problems };
  }
  const value = (field: NumberField) => {
    const check = checks[field];
    return check.status === 'ok' ? check.value : null;
  };
  const aov = value('averageOrderValue') ?? 0;
  const purchases = value('purchasesPerYear') ?? 0;
  const marginPercent = value('grossMarginPercent') ?? 0;
  const margin = marginPercent / 100;
  const years = value('relationshipYears') ?? 0;
  const annualRevenue = aov * purchases;
  const annualGrossProfit = annualRevenue * margin;
  const clv = annualGrossProfit * years;
  const working = [
    `Annual revenue = average order value × purchases per year = ${formatMoney(aov)} × ${formatNumber(purchases)} = ${formatMoney(annualRevenue)}`,
    `Annual gross profit = annual revenue × gross margin = ${formatMoney(annualRevenue)} × ${formatTypedPercent(marginPercent)} = ${formatMoney(annualGrossProfit)}`,
    `Customer lifetime value = annual gross profit × relationship length = ${formatMoney(annualGrossProfit)} × ${formatYears(years)} = ${formatMoney(clv)}`,
  ];
  const retentionPercent = value('retentionPercent');
  const discountPercent = value('discountPercent') ?? 0;
  return {
    ok: true,
    inputs: { averageOrderValue: aov, purchasesPerYear: purchases, grossMarginPercent: marginPercent, relationshipYears: years },
    annualRevenue,
    annualGrossProfit,
    clv,
    working,
    retention: retentionPercent === null ? null : retentionValue(annualGrossProfit, retentionPercent, discountPercent, years),
  };
}

/** The retention-based CLV, for 0 ≤ retention < 100 % and 0 ≤ discount ≤ 100 % (checked by the caller). */
export function retentionValue(annualGrossProfit: number, retentionPercent: number, discountPercent: number, estimatedYears: number): RetentionValue {
  const r = retentionPercent / 100;
  const d = discountPercent / 100;
  const denominator = 1 + d - r;
  const clv = (annualGrossProfit * r) / denominator;
  const impliedYears = 1 / (1 - r);
  return {
    clv,
    retention: r,
    discount: d,
    impliedYears,
    working: [
      `Retention-based lifetime value = annual gross profit × r ÷ (1 + d − r) = ${formatMoney(annualGrossProfit)} × ${formatNumber(r, { decimals: 4 })} ÷ (1 + ${formatNumber(d, { decimals: 4 })} − ${formatNumber(r, { decimals: 4 })}) = ${formatMoney(annualGrossProfit)} × ${formatNumber(r, { decimals: 4 })} ÷ ${formatNumber(denominator, { decimals: 4 })} = ${formatMoney(clv)}`,
      `A retention rate of ${formatTypedPercent(retentionPercent)} means an average relationship of 1 ÷ (1 − ${formatNumber(r, { decimals: 4 })}) = ${formatYears(impliedYears)} (your estimate: ${formatYears(estimatedYears)}).`,
    ],
  };
}

/** Pounds and pence, e.g. "£1,092.40", so every step of the working lines up to the penny. */
export const formatMoney = (value: number) => formatPounds(value, { pence: 'always' });

/** A figure typed as a percentage (35 for 35 %), e.g. "35 %". */
export const formatTypedPercent = (percent: number) => formatPercent(percent / 100, { decimals: 2 });
export const formatYears = (value: number) => `${formatNumber(value)} ${value === 1 ? 'year' : 'years'}`;

/** A figure for display: formatted when it can be used, else what was typed (or "Not given"). */
export function displayFigure(field: NumberField, raw: string): string {
  const check = checkFigure(field, raw);
  if (check.status === 'blank') return 'Not given';
  if (check.status === 'error') return raw.trim() ? `${raw.trim()} (cannot be used)` : 'Not given';
  const unit = FIGURE_RULES[field].unit;
  return unit === 'money'
    ? formatMoney(check.value)
    : unit === 'percent'
      ? formatTypedPercent(check.value)
      : unit === 'years'
        ? formatYears(check.value)
        : formatNumber(check.value);
}
