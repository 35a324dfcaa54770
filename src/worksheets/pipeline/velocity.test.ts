import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Velocity } from './model';
import { salesVelocity } from './velocity';

const typed = (opportunities: number | null, averageDealValue: number | null, winRatePercent: number | null, cycleDays: number | null, source = ''): Velocity => ({
  opportunities: { value: opportunities, source },
  averageDealValue: { value: averageDealValue, source },
  winRatePercent: { value: winRatePercent, source },
  cycleDays: { value: cycleDays, source },
});

describe('sales velocity from the four figures the learner types (worked numbers)', () => {
  it('is opportunities × average deal value × win rate ÷ cycle length, with every input and its source', () => {
    const velocity: Velocity = {
      opportunities: { value: 12, source: 'CRM open deals report, 1 November' },
      averageDealValue: { value: 6000, source: 'won deals in the last 12 months' },
      winRatePercent: { value: 25, source: 'CRM won ÷ closed, last 12 months' },
      cycleDays: { value: 75, source: 'average days from first contact to won' },
    };
    const result = salesVelocity(velocity);
    expect(result.ok && result.perDay).toBe(240);
    expect(result.ok && result.working).toBe('12 opportunities × £6,000 average deal value × 25.0 % win rate ÷ 75 days = £240 a day (about £7,200 a month)');
    expect(result.ok && result.inputs).toEqual([
      { label: 'Opportunities in the pipeline', value: '12', source: 'CRM open deals report, 1 November' },
      { label: 'Average deal value', value: '£6,000', source: 'won deals in the last 12 months' },
      { label: 'Win rate', value: '25.0 %', source: 'CRM won ÷ closed, last 12 months' },
      { label: 'Sales cycle length', value: '75 days', source: 'average days from first contact to won' },
    ]);
  });

  it('says which figure is missing or unusable, never NaN', () => {
    expect(salesVelocity(typed(null, 6000, 25, 75))).toEqual({ ok: false, reason: 'Enter the number of opportunities in your pipeline.' });
    expect(salesVelocity(typed(12, null, 25, 75))).toEqual({ ok: false, reason: 'Enter your average deal value (£).' });
    expect(salesVelocity(typed(12, 6000, null, 75))).toEqual({ ok: false, reason: 'Enter your win rate (%).' });
    expect(salesVelocity(typed(12, 6000, 25, null))).toEqual({ ok: false, reason: 'Enter your sales cycle length in days.' });
    expect(salesVelocity(typed(-1, 6000, 25, 75))).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be negative/) });
    expect(salesVelocity(typed(2.5, 6000, 25, 75))).toMatchObject({ ok: false, reason: expect.stringMatching(/whole number/) });
    expect(salesVelocity(typed(12, 6000, 120, 75))).toMatchObject({ ok: false, reason: 'A win rate is a percentage from 0 to 100 (you entered 120).' });
    expect(salesVelocity(typed(12, 6000, 25, 0))).toMatchObject({ ok: false, reason: 'The sales cycle must be more than 0 days: velocity is divided by it.' });
  });

  it('says when a figure’s source is not given', () => {
    const result = salesVelocity(typed(12, 6000, 25, 75));
    expect(result.ok && result.inputs.map((i) => i.source)).toEqual(['Not given', 'Not given', 'Not given', 'Not given']);
  });

  it('is the formula for any usable figures, and doubles with the opportunities (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 3650, noNaN: true }),
        (opportunities, value, rate, days) => {
          const one = salesVelocity(typed(opportunities, value, rate, days));
          const two = salesVelocity(typed(opportunities * 2, value, rate, days));
          expect(one.ok && two.ok).toBe(true);
          if (!one.ok || !two.ok) return;
          expect(Number.isFinite(one.perDay)).toBe(true);
          expect(one.perDay).toBeCloseTo((opportunities * value * (rate / 100)) / days, 6);
          expect(two.perDay).toBeCloseTo(one.perDay * 2, 6);
          expect(one.working).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
    );
  });
});
