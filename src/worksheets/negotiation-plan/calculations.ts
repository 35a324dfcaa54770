import { formatMoney, readNumber } from '../../lib/numbers';
import type { Concession, Direction, Negotiation } from './model';

/** The largest sum the worksheet reads, in pounds: beyond it a figure is a typing slip. */
export const AMOUNT_MAX = 1_000_000_000;

export type AmountReading = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'negative' | 'too-large' };

/** Reads a limit or a sum of money as typed ("£1,250", "9.50", "12 a month"); never NaN. */
export function readAmount(typed: string): AmountReading {
  const reading = readNumber(typed, { unitWords: true });
  if (reading.kind === 'empty') return { ok: false, reason: 'empty' };
  if (reading.kind === 'invalid') return { ok: false, reason: reading.reason === 'too-large' ? 'too-large' : 'not-a-number' };
  if (reading.value < 0) return { ok: false, reason: 'negative' };
  if (reading.value > AMOUNT_MAX) return { ok: false, reason: 'too-large' };
  return { ok: true, value: reading.value };
}

/** A plain message for a figure that does not read, or undefined when it reads or is still empty. */
export function amountProblem(typed: string, what: string): string | undefined {
  const reading = readAmount(typed);
  if (reading.ok || reading.reason === 'empty') return undefined;
  if (reading.reason === 'negative') return `${what} cannot be below 0.`;
  if (reading.reason === 'too-large') return `${what} is larger than the toolkit reads (over ${formatMoney(AMOUNT_MAX)}): check the figure.`;
  return `“${typed.trim()}” is not a number: enter ${what.toLowerCase()} as a figure, for example 250.`;
}

export type Limits = Pick<Negotiation, 'direction' | 'ideal' | 'target' | 'walkAway'>;

export const LIMIT_NAMES = { ideal: 'The ideal', target: 'The target', walkAway: 'The walk-away' } as const;

export type LimitsCheck =
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'unreadable'; field: keyof typeof LIMIT_NAMES; message: string }
  | { kind: 'out-of-order'; message: string }
  | { kind: 'ok'; ideal: number; target: number; walkAway: number; room: number };

/** The order the limits must run in, in words: "walk-away ≤ target ≤ ideal". */
export const orderInWords = (direction: Direction) => (direction === 'higher' ? 'walk-away ≤ target ≤ ideal' : 'ideal ≤ target ≤ walk-away');

/**
 * Checks the three limits (Kennedy's LIM-it: what you would Like, Intend and Must have): each read
 * as a figure, and in order for the direction chosen. `room` is the distance from the ideal to the
 * walk-away, the space there is to negotiate in.
 */
export function checkLimits(limits: Limits): LimitsCheck {
  const missing = [
    limits.direction === '' ? 'which way the limits run' : '',
    ...(['ideal', 'target', 'walkAway'] as const).filter((key) => !limits[key].trim()).map((key) => LIMIT_NAMES[key].replace('The ', 'the ')),
  ].filter(Boolean);
  for (const key of ['ideal', 'target', 'walkAway'] as const) {
    const problem = amountProblem(limits[key], LIMIT_NAMES[key]);
    if (problem) return { kind: 'unreadable', field: key, message: problem };
  }
  if (missing.length || limits.direction === '') return { kind: 'incomplete', missing };
  const [ideal, target, walkAway] = (['ideal', 'target', 'walkAway'] as const).map((key) => (readAmount(limits[key]) as { value: number }).value) as [number, number, number];
  const isInOrder = limits.direction === 'higher' ? walkAway <= target && target <= ideal : ideal <= target && target <= walkAway;
  if (!isInOrder) {
    const why = limits.direction === 'higher' ? 'For a figure you want high, the walk-away is the lowest you will accept and the ideal the highest.' : 'For a figure you want low, the ideal is the lowest and the walk-away the highest you will accept.';
    return { kind: 'out-of-order', message: `The limits are out of order: they should run ${orderInWords(limits.direction)}. ${why}` };
  }
  return { kind: 'ok', ideal, target, walkAway, room: Math.abs(ideal - walkAway) };
}

export type ConcessionRow = { concession: Concession; cost: number; value: number; gain: number };

export type ConcessionTotals = {
  /** The concessions with both figures readable, in the order typed. */
  rows: ConcessionRow[];
  cost: number;
  value: number;
  /** Value to them less cost to us: above 0, the concessions are worth more to the customer than they cost. */
  gain: number;
  /** Value to them for each £1 it costs us, or null when they cost nothing. */
  valuePerPound: number | null;
  /** Concessions named with a figure missing or unreadable: not counted. */
  uncounted: number;
};

/** The concession trade-off for one negotiation: cost to us against value to them, with the working. */
export function concessionTotals(concessions: readonly Concession[]): ConcessionTotals {
  const rows: ConcessionRow[] = [];
  let uncounted = 0;
  for (const concession of concessions) {
    const isNamed = concession.what.trim() !== '';
    const cost = readAmount(concession.cost);
    const value = readAmount(concession.value);
    if (isNamed && cost.ok && value.ok) rows.push({ concession, cost: cost.value, value: value.value, gain: value.value - cost.value });
    else if (isNamed || concession.cost.trim() || concession.value.trim()) uncounted += 1;
  }
  const cost = rows.reduce((sum, r) => sum + r.cost, 0);
  const value = rows.reduce((sum, r) => sum + r.value, 0);
  return { rows, cost, value, gain: value - cost, valuePerPound: cost > 0 ? value / cost : null, uncounted };
}

/** "£1,200 of value to them for £300 of cost to us (£4.00 for each £1)", the trade-off in a line. */
export function tradeOffText(totals: ConcessionTotals): string {
  if (!totals.rows.length) return 'No concession with both figures yet.';
  const each = totals.valuePerPound === null ? 'at no cost to us' : `${formatMoney(totals.valuePerPound, { pence: 'always' })} of value for each £1 it costs`;
  const gain = totals.gain >= 0 ? `worth ${formatMoney(totals.gain)} more to them than they cost us` : `costing us ${formatMoney(-totals.gain)} more than they are worth to them`;
  return `${formatMoney(totals.value)} of value to them for ${formatMoney(totals.cost)} of cost to us: ${gain} (${each}).`;
}
