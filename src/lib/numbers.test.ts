import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, formatNumber, formatPercent, NOT_SHOWN, numberOrNull, readBounded, readNumber, spreadsheetNumber } from './numbers';

describe('readNumber', () => {
  it('reads what learners type: separators, pounds, signs and spaces', () => {
    for (const [typed, value] of [
      ['18000', 18000],
      ['18,000', 18000],
      ['£18,000', 18000],
      [' 18 000 ', 18000],
      ['1,234,567.5', 1234567.5],
      ['£ 1,250.50', 1250.5],
      ['-3', -3],
      ['-£5', -5],
      ['£-5', -5],
      ['+2.5', 2.5],
      ['.5', 0.5],
      ['2.', 2],
      ['-0', 0],
    ] as const) {
      expect(readNumber(typed)).toEqual({ kind: 'number', value });
    }
    expect(Object.is(numberOrNull('-0'), 0)).toBe(true);
  });

  it('says blank apart from not a number, and never returns NaN', () => {
    expect(readNumber('   ')).toEqual({ kind: 'empty' });
    for (const bad of ['lots', '10-12', '18k', '1.5k', '4/5', '1.2.3', 'Infinity', 'NaN', '1e3', '12,34', '12 34', '£', '-£-5', '3a', '%']) {
      expect(readNumber(bad, { percent: true, unitWords: true })).toEqual({ kind: 'invalid', reason: 'not-a-number' });
    }
    expect(readNumber('9'.repeat(400))).toEqual({ kind: 'invalid', reason: 'too-large' });
  });

  it('reads a percent sign and unit words only where the caller asks for them', () => {
    expect(numberOrNull(' 12.5% ', { percent: true })).toBe(12.5);
    expect(numberOrNull('35 %', { percent: true })).toBe(35);
    expect(numberOrNull('12%')).toBeNull();
    expect(numberOrNull('40 calls', { unitWords: true })).toBe(40);
    expect(numberOrNull('£18,000 a year', { unitWords: true })).toBe(18000);
    expect(numberOrNull('40 calls')).toBeNull();
  });

  it('reads back any number formatted with separators, in pounds or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (whole, decimals) => {
        const value = whole / 10 ** decimals;
        expect(numberOrNull(formatNumber(value, { decimals }))).toBe(value);
        expect(numberOrNull(formatMoney(value, { pence: 'always' }))).toBe(Number(value.toFixed(2)) + 0);
        expect(numberOrNull(value.toLocaleString('en-GB', { maximumFractionDigits: 20 }))).toBe(value);
      }),
    );
  });
});

describe('formatNumber', () => {
  it('separates thousands and drops trailing zeros', () => {
    expect(formatNumber(18000)).toBe('18,000');
    expect(formatNumber(1234.5678)).toBe('1,234.57');
    expect(formatNumber(2 / 3, { decimals: 1 })).toBe('0.7');
    expect(formatNumber(4, { decimals: 1, minDecimals: 1 })).toBe('4.0');
    expect(formatNumber(0.85, { decimals: 4 })).toBe('0.85');
  });

  it('shows every number that cannot be shown the same way, and never "-0"', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(formatNumber(bad)).toBe(NOT_SHOWN);
      expect(formatPercent(bad)).toBe(NOT_SHOWN);
      expect(formatMoney(bad)).toBe(NOT_SHOWN);
    }
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatPercent(-0.000001)).toBe('0 %');
  });

  it('never prints NaN, Infinity, "e" or "-0" for any double', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        for (const shown of [formatNumber(value, { decimals }), formatPercent(value, { decimals }), formatMoney(value)]) {
          expect(shown).not.toMatch(/NaN|Infinity|\de|^-0$|^-0 %$|^-£0$/);
        }
      }),
    );
  });
});

describe('formatPercent', () => {
  it('takes a fraction and shows a percentage with a space before the sign', () => {
    expect(formatPercent(0.06)).toBe('6 %');
    expect(formatPercent(0.06, { minDecimals: 1 })).toBe('6.0 %');
    expect(formatPercent(1 / 3)).toBe('33.3 %');
    expect(formatPercent(0.1225, { decimals: 2 })).toBe('12.25 %');
    expect(formatPercent(0.1, { decimals: 0 })).toBe('10 %');
    expect(formatPercent(12)).toBe('1,200 %');
  });

  it('never shows a share above zero as 0 %', () => {
    expect(formatPercent(1 / 100000)).toBe('under 0.1 %');
    expect(formatPercent(0.004, { decimals: 0 })).toBe('under 1 %');
    expect(formatPercent(0)).toBe('0 %');
    fc.assert(fc.property(fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }), (share) => {
      expect(formatPercent(share)).not.toBe('0 %');
    }));
  });
});

describe('formatMoney', () => {
  it('shows pounds, with pence when needed or always', () => {
    expect(formatMoney(150000)).toBe('£150,000');
    expect(formatMoney(12.5)).toBe('£12.50');
    expect(formatMoney(12.004)).toBe('£12');
    expect(formatMoney(16588.8, { pence: 'always' })).toBe('£16,588.80');
    expect(formatMoney(0, { pence: 'always' })).toBe('£0.00');
    expect(formatMoney(-5.5)).toBe('-£5.50');
    expect(formatMoney(-0.001)).toBe('£0');
  });
});

describe('spreadsheetNumber', () => {
  it('rounds, and makes anything not finite an empty cell', () => {
    expect(spreadsheetNumber(86.66666, 1)).toBe(86.7);
    expect(spreadsheetNumber(15600.004)).toBe(15600);
    expect(spreadsheetNumber(-0.0001)).toBe(0);
    expect(Object.is(spreadsheetNumber(-0.0001), -0)).toBe(false);
    expect(spreadsheetNumber(Number.NaN)).toBeNull();
    expect(spreadsheetNumber(Number.NEGATIVE_INFINITY)).toBeNull();
    expect(spreadsheetNumber(null)).toBeNull();
  });
});

describe('readBounded', () => {
  const hours = { what: 'the planned hours', example: '2.5', max: 24 };

  it('reads a figure within bounds', () => {
    expect(readBounded('2.5', hours)).toEqual({ ok: true, value: 2.5 });
    expect(readBounded(' 0 ', hours)).toEqual({ ok: true, value: 0 });
    expect(readBounded('£1,250', { what: 'the cost', example: '45', max: 100_000 })).toEqual({ ok: true, value: 1250 });
  });

  it('says in plain words what to enter, naming it', () => {
    expect(readBounded('', hours)).toEqual({ ok: false, reason: 'Enter the planned hours, for example 2.5.' });
    expect(readBounded('two', hours)).toEqual({ ok: false, reason: '“two” is not a number: enter the planned hours, for example 2.5.' });
    expect(readBounded('-1', hours)).toEqual({ ok: false, reason: 'Enter 0 or more.' });
    expect(readBounded('25', hours)).toEqual({ ok: false, reason: 'That is more than 24: check the number.' });
    expect(readBounded('9'.repeat(400), hours)).toEqual({ ok: false, reason: 'That is more than 24: check the number.' });
    expect(readBounded('2.5', { ...hours, isWhole: true })).toEqual({ ok: false, reason: 'Enter a whole number, for example 2.5.' });
    expect(readBounded('0', { ...hours, min: 1, belowMin: 'At least once.' })).toEqual({ ok: false, reason: 'At least once.' });
  });

  it('never gives a value outside its bounds, nor NaN, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1000 }), (typed, min, span) => {
        const reading = readBounded(typed, { what: 'it', example: '1', min, max: min + span });
        if (reading.ok) {
          expect(Number.isFinite(reading.value)).toBe(true);
          expect(reading.value).toBeGreaterThanOrEqual(min);
          expect(reading.value).toBeLessThanOrEqual(min + span);
        } else expect(reading.reason).not.toMatch(/NaN|undefined/);
      }),
    );
  });
});
