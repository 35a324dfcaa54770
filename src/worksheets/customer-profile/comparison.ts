import { checkFigure, customerLifetimeValue, displayFigure, FIGURE_RULES, formatMoney, formatTypedPercent, formatYears, type ClvResult } from './calculations';
import { formatNumber } from '../../lib/numbers';
import { BASIS_LABELS, CUSTOMER_TYPE_LABELS, DATA_SOURCE_LABELS, DMU_ROLE_LABELS, labelOr, MOTIVATION_THEORY_LABELS } from './labels';
import {
  activeBases,
  customerLabel,
  DMU_ROLES,
  hasText,
  isNamed,
  NUMBER_FIELDS,
  type Customer,
  type CustomerProfileData,
  type NumberField,
} from './model';

/** Side-by-side comparison of the named customers: every characteristic and figure in one table. Pure. */

export type ComparisonStatus = 'same' | 'different' | 'incomplete';

export type ComparisonRow = {
  section: 'Characteristics' | 'Decision-making unit' | 'Motivations, attitudes and behaviours' | 'Figures';
  label: string;
  /** One value per compared customer, as shown. */
  values: string[];
  status: ComparisonStatus;
  /** For figures that differ: which customer is highest and by how much. */
  note?: string;
};

export type Comparison = { customers: Array<{ customer: Customer; label: string; clv: ClvResult }>; rows: ComparisonRow[] };

/** Case, spacing and a trailing full stop do not make two answers different. */
const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '');

/** Same, different, or incomplete (at least one customer has no answer) for a row of typed answers. */
export function textStatus(values: string[]): ComparisonStatus {
  if (values.some((v) => !hasText(v))) return 'incomplete';
  return new Set(values.map(normalise)).size === 1 ? 'same' : 'different';
}

/** Same, different, or incomplete (a figure is missing or cannot be used) for a row of numbers. */
export function numberStatus(values: Array<number | null>): ComparisonStatus {
  if (values.some((v) => v === null)) return 'incomplete';
  const rounded = values.map((v) => Math.round((v ?? 0) * 100));
  return new Set(rounded).size === 1 ? 'same' : 'different';
}

export const STATUS_LABELS: Record<ComparisonStatus, string> = {
  same: '= Same',
  different: '≠ Different',
  incomplete: '? Not all given',
};

/**
 * "Hilltop is highest at £9,000.00, £6,000.00 more than Acme (3 times as much)." `formatGap` formats the
 * difference where it reads differently from a value (percentage points); the ratio is left out for percentages.
 */
export function spreadNote(
  labels: string[],
  values: number[],
  format: (n: number) => string,
  formatGap: (n: number) => string = format,
  showRatio = true,
): string | undefined {
  if (values.length < 2) return undefined;
  let high = 0;
  let low = 0;
  values.forEach((value, index) => {
    if (value > values[high]!) high = index;
    if (value < values[low]!) low = index;
  });
  const top = values[high]!;
  const bottom = values[low]!;
  if (top === bottom) return undefined;
  const ratio = showRatio && bottom > 0 ? ` (${formatNumber(top / bottom, { decimals: 1 })} times as much)` : '';
  return `${labels[high]} is ${labels.length === 2 ? 'higher' : 'highest'} at ${format(top)}, ${formatGap(top - bottom)} more than ${labels[low]}${ratio}.`;
}

type NumberFormats = { format: (n: number) => string; formatGap: (n: number) => string; showRatio: boolean };

const figureFormats = (field: NumberField): NumberFormats => {
  const unit = FIGURE_RULES[field].unit;
  if (unit === 'money') return { format: formatMoney, formatGap: formatMoney, showRatio: true };
  if (unit === 'percent') return { format: formatTypedPercent, formatGap: (n) => `${formatNumber(n)} percentage points`, showRatio: false };
  if (unit === 'years') return { format: formatYears, formatGap: formatYears, showRatio: true };
  return { format: (n) => formatNumber(n), formatGap: (n) => formatNumber(n), showRatio: true };
};
const MONEY_FORMATS: NumberFormats = { format: formatMoney, formatGap: formatMoney, showRatio: true };

/** Compares every named customer on the chosen bases, DMU (B2B), motivations, type, source and figures. */
export function compareCustomers(data: CustomerProfileData): Comparison {
  const customers = data.customers
    .map((customer, index) => ({ customer, label: customerLabel(customer, index), clv: customerLifetimeValue(customer.numbers) }))
    .filter(({ customer }) => isNamed(customer));
  const labels = customers.map((c) => c.label);
  const rows: ComparisonRow[] = [];

  const textRow = (section: ComparisonRow['section'], label: string, pick: (c: Customer) => string) => {
    const raw = customers.map(({ customer }) => pick(customer));
    rows.push({ section, label, values: raw.map((v) => (hasText(v) ? v.trim() : 'Not given')), status: textStatus(raw) });
  };
  const choiceRow = (label: string, pick: (c: Customer) => string, show: (c: Customer) => string) => {
    const raw = customers.map(({ customer }) => pick(customer));
    rows.push({ section: 'Motivations, attitudes and behaviours', label, values: customers.map(({ customer }) => show(customer)), status: textStatus(raw) });
  };

  for (const basis of activeBases(data)) textRow('Characteristics', BASIS_LABELS[basis], (c) => c.characteristics[basis] ?? '');
  if (data.market === 'b2b') {
    for (const role of DMU_ROLES) textRow('Decision-making unit', DMU_ROLE_LABELS[role], (c) => c.dmu[role]);
  }
  choiceRow('Customer type', (c) => c.customerType, (c) => labelOr(CUSTOMER_TYPE_LABELS, c.customerType));
  textRow('Motivations, attitudes and behaviours', 'Motivations', (c) => c.motivations);
  choiceRow('Motivation theory', (c) => c.motivationTheory, (c) => labelOr(MOTIVATION_THEORY_LABELS, c.motivationTheory));
  textRow('Motivations, attitudes and behaviours', 'Attitudes', (c) => c.attitudes);
  textRow('Motivations, attitudes and behaviours', 'Behaviours', (c) => c.behaviours);
  choiceRow('Data source', (c) => c.dataSource, (c) => labelOr(DATA_SOURCE_LABELS, c.dataSource));

  const figureRow = (label: string, values: Array<number | null>, shown: string[], formats: NumberFormats) => {
    const status = numberStatus(values);
    const note = status === 'different' ? spreadNote(labels, values as number[], formats.format, formats.formatGap, formats.showRatio) : undefined;
    rows.push({ section: 'Figures', label, values: shown, status, ...(note ? { note } : {}) });
  };
  for (const field of NUMBER_FIELDS) {
    const checks = customers.map(({ customer }) => checkFigure(field, customer.numbers[field]));
    // Optional figures nobody gave are left out rather than shown as a row of blanks.
    if (!FIGURE_RULES[field].isRequired && checks.every((c) => c.status === 'blank')) continue;
    figureRow(
      FIGURE_RULES[field].label,
      checks.map((c) => (c.status === 'ok' ? c.value : null)),
      customers.map(({ customer }) => displayFigure(field, customer.numbers[field])),
      figureFormats(field),
    );
  }
  const fromClv = (pick: (clv: Extract<ClvResult, { ok: true }>) => number | null) =>
    customers.map(({ clv }) => (clv.ok ? pick(clv) : null));
  const moneyRow = (label: string, values: Array<number | null>, whyMissing: string) =>
    figureRow(label, values, values.map((v) => (v === null ? whyMissing : formatMoney(v))), MONEY_FORMATS);

  moneyRow('Annual gross profit', fromClv((c) => c.annualGrossProfit), 'Cannot be worked out yet');
  moneyRow('Customer lifetime value', fromClv((c) => c.clv), 'Cannot be worked out yet');
  if (customers.some(({ clv }) => clv.ok && clv.retention)) {
    moneyRow('Retention-based lifetime value', fromClv((c) => c.retention?.clv ?? null), 'No retention rate');
  }
  return { customers, rows };
}

/** How many rows differ, are the same, or cannot be compared yet. */
export function countStatuses(rows: ComparisonRow[]): Record<ComparisonStatus, number> {
  const counts = { same: 0, different: 0, incomplete: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
