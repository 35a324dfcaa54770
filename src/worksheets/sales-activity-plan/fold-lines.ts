/**
 * A finished row of the activity plan folded to one line on its section's page (ui/Fold): its key
 * figures. Null while the row is not finished, so it stays open.
 */
import { formatWeekdayDate } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { lineWhenWritten, shortText } from '../../lib/text-list';
import { accountName, costAmount, indicatorProgress, readWeekHours } from './calculations';
import { ACCOUNT_KIND_LABELS, CONTACT_METHOD_LABELS, COST_KIND_LABELS } from './labels';
import { hasText, type Account, type Activity, type CostLine, type Indicator, type Obligation } from './model';

/** "Harbourside Café (existing customer): value £4,800, probability 80 %." */
export const customerLine = (a: Account | undefined): string | null =>
  a && a.kind ? lineWhenWritten([a.name, a.value, a.probability], () => `${shortText(a.name, 40)} (${ACCOUNT_KIND_LABELS[a.kind as keyof typeof ACCOUNT_KIND_LABELS].toLowerCase()}): value £${a.value.trim()}, probability ${a.probability.trim()} %.`) : null;

/** "Tuesday 3 March 2026, Harbourside Café: phone call, 0.5 h." */
export const activityLine = (a: Activity | undefined, accounts: readonly Account[]): string | null =>
  a && a.method
    ? lineWhenWritten([a.date, a.accountId, a.hours, a.objective], () => `${formatWeekdayDate(a.date)}, ${shortText(accountName(accounts, a.accountId), 40)}: ${CONTACT_METHOD_LABELS[a.method as keyof typeof CONTACT_METHOD_LABELS].toLowerCase()}, ${a.hours.trim()} h.`)
    : null;

/** "Monday team meeting: 2 hours a week." once the hours read. */
export function obligationLine(o: Obligation | undefined): string | null {
  const reading = o && hasText(o.what) ? readWeekHours(o.hoursPerWeek) : null;
  return o && reading?.ok ? `${shortText(o.what, 50)}: ${formatNumber(reading.value, { decimals: 1 })} hours a week.` : null;
}

/** "Travel: Mileage to visits, 420 × £0.45 = £189." once its kind is chosen and the amount works out. */
export function costLine(c: CostLine | undefined): string | null {
  const amount = c && c.kind && hasText(c.what) ? costAmount(c) : null;
  return c && amount ? `${COST_KIND_LABELS[c.kind as keyof typeof COST_KIND_LABELS]}: ${shortText(c.what, 40)}, ${amount.working}.` : null;
}

/** "Reorders: 9 of 12, 3 figures logged." once agreed, with a readable target and every logged figure readable. */
export function indicatorLine(i: Indicator | undefined): string | null {
  const progress = i && indicatorProgress(i);
  return i && progress && progress.target !== null && progress.logged > 0 && progress.unreadable === 0
    ? lineWhenWritten([i.name, i.agreedWith, i.recordedBy], () => `${shortText(i.name, 40)}: ${progress.text}, ${progress.logged} figures logged.`)
    : null;
}
