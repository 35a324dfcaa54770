import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFigure, customerLifetimeValue, displayFigure, formatMoney, retentionValue } from './calculations';
import { emptyNumbers, NUMBER_FIELDS, type CustomerNumbers } from './model';

const numbers = (overrides: Partial<CustomerNumbers>): CustomerNumbers => ({
  ...emptyNumbers(),
  averageOrderValue: '180',
  purchasesPerYear: '48',
  grossMarginPercent: '32',
  relationshipYears: '6',
  ...overrides,
});

const okResult = (input: CustomerNumbers) => {
  const result = customerLifetimeValue(input);
  if (!result.ok) throw new Error(`expected a lifetime value, got: ${result.reason}`);
  return result;
};

describe('reading typed figures', () => {
  it('reads plain numbers, pounds with thousands commas and percentages', () => {
    expect(checkFigure('averageOrderValue', '£1,250.50')).toEqual({ status: 'ok', value: 1250.5 });
    expect(checkFigure('grossMarginPercent', ' 35 % ')).toEqual({ status: 'ok', value: 35 });
    expect(checkFigure('purchasesPerYear', '.5')).toEqual({ status: 'ok', value: 0.5 });
    expect(checkFigure('relationshipYears', '2.')).toEqual({ status: 'ok', value: 2 });
  });

  it('refuses words, two decimal points and scientific notation, quoting what was typed', () => {
    expect(checkFigure('averageOrderValue', 'about 40')).toEqual({
      status: 'error',
      message: '“about 40” is not an amount in pounds: use digits, for example 45.50.',
    });
    expect(checkFigure('purchasesPerYear', '1.2.3').status).toBe('error');
    expect(checkFigure('averageOrderValue', '1e5').status).toBe('error');
    expect(checkFigure('averageOrderValue', '12,34').status).toBe('error');
  });

  it('asks for a required figure left blank, and accepts a blank optional one', () => {
    expect(checkFigure('averageOrderValue', '  ')).toMatchObject({ status: 'error', message: expect.stringContaining('Enter the average amount') });
    expect(checkFigure('retentionPercent', '')).toEqual({ status: 'blank' });
    expect(checkFigure('discountPercent', ' ')).toEqual({ status: 'blank' });
  });

  it('refuses negative money and counts', () => {
    expect(checkFigure('averageOrderValue', '-5')).toEqual({ status: 'error', message: 'An order value cannot be negative.' });
    expect(checkFigure('purchasesPerYear', '-1')).toEqual({ status: 'error', message: 'The number of purchases cannot be negative.' });
  });

  it('refuses a margin over 100 % and a retention rate of 100 % or more, saying why', () => {
    expect(checkFigure('grossMarginPercent', '120')).toMatchObject({ status: 'error', message: expect.stringContaining('cannot be more than 100 %') });
    expect(checkFigure('grossMarginPercent', '100')).toEqual({ status: 'ok', value: 100 });
    expect(checkFigure('retentionPercent', '100')).toMatchObject({ status: 'error', message: expect.stringContaining('infinite') });
    expect(checkFigure('retentionPercent', '150')).toMatchObject({ status: 'error', message: expect.stringContaining('infinite') });
    expect(checkFigure('retentionPercent', '99.9')).toEqual({ status: 'ok', value: 99.9 });
  });

  it('refuses zero where it would make no sense and absurdly large figures', () => {
    expect(checkFigure('averageOrderValue', '0').status).toBe('error');
    expect(checkFigure('purchasesPerYear', '0').status).toBe('error');
    expect(checkFigure('relationshipYears', '0').status).toBe('error');
    expect(checkFigure('grossMarginPercent', '0')).toEqual({ status: 'ok', value: 0 });
    expect(checkFigure('relationshipYears', '250')).toMatchObject({ status: 'error', message: expect.stringContaining('more than 100 years') });
    expect(checkFigure('averageOrderValue', '9'.repeat(30))).toMatchObject({ status: 'error', message: expect.stringContaining('£1 billion') });
  });

  it('treats "-0" as 0 so it never prints as minus zero', () => {
    expect(checkFigure('grossMarginPercent', '-0')).toEqual({ status: 'ok', value: 0 });
    expect(displayFigure('grossMarginPercent', '-0')).toBe('0 %');
  });

  it('says what is wrong with a figure in plain words', () => {
    expect(checkFigure('grossMarginPercent', '101')).toEqual({ status: 'error', message: expect.stringContaining('100 %') });
    expect(checkFigure('retentionPercent', 'x')).toEqual({ status: 'error', message: '“x” is not a percentage: use digits, for example 80.' });
  });
});

describe('customer lifetime value', () => {
  it('multiplies order value, purchases, margin and years, with the working shown', () => {
    const result = okResult(numbers({}));
    // £180 × 48 = £8,640; × 32 % = £2,764.80; × 6 years = £16,588.80
    expect(result.annualRevenue).toBe(8640);
    expect(result.annualGrossProfit).toBeCloseTo(2764.8, 10);
    expect(result.clv).toBeCloseTo(16588.8, 10);
    expect(result.working).toEqual([
      'Annual revenue = average order value × purchases per year = £180.00 × 48 = £8,640.00',
      'Annual gross profit = annual revenue × gross margin = £8,640.00 × 32 % = £2,764.80',
      'Customer lifetime value = annual gross profit × relationship length = £2,764.80 × 6 years = £16,588.80',
    ]);
    expect(result.retention).toBeNull();
  });

  it('handles a purchase every two years and a part year', () => {
    const result = okResult(numbers({ averageOrderValue: '£1,000', purchasesPerYear: '0.5', grossMarginPercent: '20', relationshipYears: '2.5' }));
    // £1,000 × 0.5 = £500; × 20 % = £100; × 2.5 = £250
    expect(result.clv).toBeCloseTo(250, 10);
  });

  it('adds a retention-based value when the retention rate is known', () => {
    const result = okResult(numbers({ retentionPercent: '85', discountPercent: '10' }));
    // £2,764.80 × 0.85 ÷ (1 + 0.10 − 0.85) = £2,350.08 ÷ 0.25 = £9,400.32; implied 1 ÷ 0.15 = 6.67 years
    expect(result.retention?.clv).toBeCloseTo(9400.32, 6);
    expect(result.retention?.impliedYears).toBeCloseTo(6.6667, 3);
    expect(result.retention?.working[0]).toContain('= £9,400.32');
    expect(result.retention?.working[1]).toBe(
      'A retention rate of 85 % means an average relationship of 1 ÷ (1 − 0.85) = 6.67 years (your estimate: 6 years).',
    );
  });

  it('treats a blank discount rate as 0', () => {
    const result = okResult(numbers({ retentionPercent: '80' }));
    // £2,764.80 × 0.8 ÷ 0.2 = £11,059.20
    expect(result.retention?.clv).toBeCloseTo(11059.2, 6);
    expect(result.retention?.discount).toBe(0);
  });

  it('explains why it cannot be worked out instead of giving NaN or Infinity', () => {
    const result = customerLifetimeValue(numbers({ grossMarginPercent: '130', retentionPercent: '100', averageOrderValue: '' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('Lifetime value cannot be worked out yet: check the average order value, gross margin and retention rate.');
    expect(result.problems).toHaveLength(3);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|undefined/);
  });

  const validNumbers = fc.record({
    averageOrderValue: fc.double({ min: 0.01, max: 1_000_000_000, noNaN: true }),
    purchasesPerYear: fc.double({ min: 0.01, max: 100_000, noNaN: true }),
    grossMarginPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    relationshipYears: fc.double({ min: 0.01, max: 100, noNaN: true }),
    retentionPercent: fc.double({ min: 0, max: 99.99, noNaN: true }),
    discountPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  });
  const typed = (v: Record<keyof CustomerNumbers, number>): CustomerNumbers =>
    Object.fromEntries(Object.entries(v).map(([k, n]) => [k, n.toFixed(2)])) as CustomerNumbers;

  it('is always a finite, non-negative product of the typed figures for any valid input', () => {
    fc.assert(
      fc.property(validNumbers, (v) => {
        const input = typed(v);
        const result = customerLifetimeValue(input);
        // Rounding to 2 decimals can turn a tiny value into 0, which is refused with a message: also fine.
        if (!result.ok) {
          expect(result.reason).toMatch(/cannot be worked out yet/);
          return;
        }
        const [aov, purchases, margin, years] = [input.averageOrderValue, input.purchasesPerYear, input.grossMarginPercent, input.relationshipYears].map(Number) as [number, number, number, number];
        expect(Number.isFinite(result.clv)).toBe(true);
        expect(result.clv).toBeGreaterThanOrEqual(0);
        expect(result.clv).toBeCloseTo(aov * purchases * (margin / 100) * years, 0);
        expect(result.retention && Number.isFinite(result.retention.clv) && result.retention.clv >= 0).toBe(true);
        expect(result.working.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });

  it('rises with each figure: more orders, bigger orders, higher margin or longer relationship never lowers it', () => {
    fc.assert(
      fc.property(validNumbers, fc.integer({ min: 0, max: 3 }), fc.double({ min: 1, max: 3, noNaN: true }), (v, which, factor) => {
        const field = (['averageOrderValue', 'purchasesPerYear', 'grossMarginPercent', 'relationshipYears'] as const)[which]!;
        const cap = { averageOrderValue: 1_000_000_000, purchasesPerYear: 100_000, grossMarginPercent: 100, relationshipYears: 100 }[field];
        const bigger = { ...v, [field]: Math.min(v[field] * factor, cap) };
        const before = customerLifetimeValue(typed(v));
        const after = customerLifetimeValue(typed(bigger));
        if (before.ok && after.ok) expect(after.clv).toBeGreaterThanOrEqual(before.clv);
      }),
    );
  });

  it('retention-based value rises with retention and falls with the discount rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1_000_000, noNaN: true }),
        fc.double({ min: 0, max: 99, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (profit, retention, extra, discount) => {
          const low = retentionValue(profit, retention, discount, 1);
          const high = retentionValue(profit, retention + extra, discount, 1);
          expect(high.clv).toBeGreaterThanOrEqual(low.clv - 1e-9);
          expect(retentionValue(profit, retention, discount + 5, 1).clv).toBeLessThanOrEqual(low.clv + 1e-9);
          expect(Number.isFinite(high.clv)).toBe(true);
        },
      ),
    );
  });

  it('never shows NaN, Infinity or undefined, whatever is typed', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String), fc.constantFrom('', '-0', '1e999', '£', '%', '.', '100', '-1')), { minLength: 6, maxLength: 6 }), (raw) => {
        const input = Object.fromEntries(NUMBER_FIELDS.map((field, i) => [field, raw[i]!])) as CustomerNumbers;
        const result = customerLifetimeValue(input);
        const shown = JSON.stringify(result) + NUMBER_FIELDS.map((f) => displayFigure(f, input[f])).join('');
        const typedText = raw.join('');
        // Only flag NaN/Infinity the learner did not type themselves (displayFigure echoes unusable input back).
        if (!/nan|infinity|undefined/i.test(typedText)) expect(shown).not.toMatch(/NaN|Infinity|undefined/);
        if (result.ok) expect(Number.isFinite(result.clv)).toBe(true);
      }),
    );
  });

  it('formats money in pounds and pence', () => {
    expect(formatMoney(16588.8)).toBe('£16,588.80');
    expect(formatMoney(0)).toBe('£0.00');
    // Changed with lib/numbers: one sign for a figure that cannot be shown, in every worksheet (was 'not available').
    expect(formatMoney(Number.NaN)).toBe('–');
  });
});
