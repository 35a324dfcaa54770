import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountProblem, checkLimits, concessionTotals, readAmount, tradeOffText } from './calculations';
import type { Concession } from './model';

const concession = (what: string, cost: string, value: string): Concession => ({ id: what || 'blank', what, cost, value, inReturn: '' });

describe('readAmount', () => {
  it('reads figures as learners type them and refuses the rest with a reason', () => {
    expect(readAmount('£1,250')).toEqual({ ok: true, value: 1250 });
    expect(readAmount('9.50 a month')).toEqual({ ok: true, value: 9.5 });
    expect(readAmount(' ')).toEqual({ ok: false, reason: 'empty' });
    expect(readAmount('lots')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(readAmount('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(readAmount('9'.repeat(400))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('gives a plain message for a figure that does not read, and none while empty', () => {
    expect(amountProblem('', 'The target')).toBeUndefined();
    expect(amountProblem('£40', 'The target')).toBeUndefined();
    expect(amountProblem('about forty', 'The target')).toBe('“about forty” is not a number: enter the target as a figure, for example 250.');
    expect(amountProblem('-1', 'The cost to us')).toBe('The cost to us cannot be below 0.');
  });
});

describe('checkLimits', () => {
  it('accepts a seller’s price running walk-away ≤ target ≤ ideal, with the room to negotiate', () => {
    expect(checkLimits({ direction: 'higher', ideal: '£12', target: '£10.50', walkAway: '£9' })).toEqual({ kind: 'ok', ideal: 12, target: 10.5, walkAway: 9, room: 3 });
  });

  it('accepts a figure wanted low running ideal ≤ target ≤ walk-away', () => {
    expect(checkLimits({ direction: 'lower', ideal: '0', target: '5', walkAway: '10' })).toMatchObject({ kind: 'ok', room: 10 });
  });

  it('explains limits out of order for the direction chosen', () => {
    const check = checkLimits({ direction: 'higher', ideal: '9', target: '10.50', walkAway: '12' });
    expect(check).toEqual({
      kind: 'out-of-order',
      message: 'The limits are out of order: they should run walk-away ≤ target ≤ ideal. For a figure you want high, the walk-away is the lowest you will accept and the ideal the highest.',
    });
    expect(checkLimits({ direction: 'lower', ideal: '12', target: '10', walkAway: '9' }).kind).toBe('out-of-order');
  });

  it('says what is missing, and names the figure that does not read', () => {
    expect(checkLimits({ direction: '', ideal: '', target: '10', walkAway: '' })).toEqual({ kind: 'incomplete', missing: ['which way the limits run', 'the ideal', 'the walk-away'] });
    expect(checkLimits({ direction: 'higher', ideal: '12', target: 'ten', walkAway: '9' })).toMatchObject({ kind: 'unreadable', field: 'target' });
  });

  it('is in order exactly when the figures are sorted the way the direction asks (property)', () => {
    const figure = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(fc.constantFrom('higher' as const, 'lower' as const), figure, figure, figure, (direction, a, b, c) => {
        const check = checkLimits({ direction, ideal: String(a), target: String(b), walkAway: String(c) });
        const isSorted = direction === 'higher' ? c <= b && b <= a : a <= b && b <= c;
        expect(check.kind).toBe(isSorted ? 'ok' : 'out-of-order');
        if (check.kind === 'ok') expect(check.room).toBe(Math.abs(a - c));
      }),
    );
  });
});

describe('concessionTotals', () => {
  it('adds cost to us against value to them, with the value for each pound', () => {
    const totals = concessionTotals([concession('Free installation', '£300', '£900'), concession('12-month price lock', '150', '£450'), concession('Extra training day', '£400', '£250')]);
    expect(totals).toMatchObject({ cost: 850, value: 1600, gain: 750, uncounted: 0 });
    expect(totals.valuePerPound).toBeCloseTo(1.882, 3);
    expect(totals.rows.map((r) => r.gain)).toEqual([600, 300, -150]);
    expect(tradeOffText(totals)).toBe('£1,600 of value to them for £850 of cost to us: worth £750 more to them than they cost us (£1.88 of value for each £1 it costs).');
  });

  it('leaves out rows with a figure missing or unreadable, counting them, and ignores empty rows', () => {
    const totals = concessionTotals([concession('Free delivery', 'about £50', '£200'), concession('', '', ''), concession('Longer warranty', '£100', '')]);
    expect(totals).toMatchObject({ rows: [], cost: 0, value: 0, gain: 0, valuePerPound: null, uncounted: 2 });
    expect(tradeOffText(totals)).toBe('No concession with both figures yet.');
  });

  it('says when concessions cost more than they are worth, and when they cost nothing', () => {
    expect(tradeOffText(concessionTotals([concession('Discount', '£500', '£500'), concession('Swag', '£100', '£20')]))).toBe(
      '£520 of value to them for £600 of cost to us: costing us £80 more than they are worth to them (£0.87 of value for each £1 it costs).',
    );
    expect(tradeOffText(concessionTotals([concession('Case study', '0', '£300')]))).toContain('(at no cost to us)');
  });

  it('totals equal the sums of the rows and the gain is value less cost, never NaN (property)', () => {
    const pence = fc.integer({ min: 0, max: 10_000_000 }).map((p) => (p / 100).toFixed(2));
    fc.assert(
      fc.property(fc.array(fc.tuple(pence, pence), { maxLength: 12 }), (pairs) => {
        const totals = concessionTotals(pairs.map(([cost, value], i) => concession(`C${i}`, cost, value)));
        const cost = pairs.reduce((s, [c]) => s + Number(c), 0);
        const value = pairs.reduce((s, [, v]) => s + Number(v), 0);
        expect(totals.rows).toHaveLength(pairs.length);
        expect(totals.cost).toBeCloseTo(cost, 6);
        expect(totals.value).toBeCloseTo(value, 6);
        expect(totals.gain).toBeCloseTo(value - cost, 6);
        expect(Number.isFinite(totals.gain)).toBe(true);
        if (totals.valuePerPound !== null) expect(Number.isFinite(totals.valuePerPound)).toBe(true);
        expect(tradeOffText(totals)).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});
