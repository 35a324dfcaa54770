import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeFraction, changeText, comparisonBy, comparisonPeriods, figuresSummary, monthlyTrend, movingAverage, paretoSummary, sharesBy } from './analysis';
import type { SalesRow } from './model';

const row = (month: string, value: number, region = 'Devon', product = 'Gloves', customer = 'Harbour'): SalesRow => ({ month, region, product, customer, value });

describe('the trend over time', () => {
  const rows = [row('2025-01', 1200), row('2025-02', 1000), row('2025-02', 500), row('2025-03', 1350), row('2025-05', 900)];

  it('totals each month from the first to the last, a missing month as £0, with the 3-month moving average and change %', () => {
    const trend = monthlyTrend(rows);
    expect(trend.map((m) => [m.month, m.total, m.rows, m.movingAverage, m.change])).toEqual([
      ['2025-01', 1200, 1, null, null],
      ['2025-02', 1500, 2, null, 0.25],
      ['2025-03', 1350, 1, 1350, -0.1],
      ['2025-04', 0, 0, 950, -1],
      ['2025-05', 900, 1, 750, null],
    ]);
    expect(trend[2]!.movingAverageWorking).toBe('(£1,200 + £1,500 + £1,350) ÷ 3 = £1,350');
    expect(trend[1]!.changeWorking).toBe('(£1,500 − £1,200) ÷ £1,200 = 25 %');
    expect(trend[0]!.changeWorking).toBe('First month');
    expect(trend[4]!.changeWorking).toBe('No change % after a month of £0');
  });

  it('runs across a year end', () => {
    expect(monthlyTrend([row('2025-11', 1), row('2026-02', 1)]).map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('moving average and change work with worked numbers, and never divide by nothing', () => {
    expect(movingAverage([3, 6, 9, 12], 3)).toEqual([null, null, 6, 9]);
    expect(changeFraction(200, 250)).toBe(0.25);
    expect(changeFraction(0, 250)).toBeNull();
    expect(changeText(0.125)).toBe('+12.5 %');
    expect(changeText(-0.03)).toBe('-3 %');
    expect(changeText(null, 0)).toBe('New');
  });

  it('sums a month to the total of its rows, whatever the figures (property)', () => {
    const rowArb = fc.record({ month: fc.constantFrom('2025-01', '2025-02', '2025-04', '2026-01'), value: fc.integer({ min: 0, max: 1_000_000 }) });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), (given) => {
        const trend = monthlyTrend(given.map((g) => row(g.month, g.value)));
        expect(trend.reduce((sum, m) => sum + m.total, 0)).toBe(given.reduce((sum, g) => sum + g.value, 0));
        for (const m of trend) {
          for (const v of [m.total, m.movingAverage, m.change]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        }
      }),
    );
  });
});

describe('shares, top-N and Pareto', () => {
  const rows = [row('2025-01', 5000, 'Devon', 'Gloves', 'Harbour'), row('2025-01', 3000, 'Devon', 'Masks', 'Exe Valley'), row('2025-02', 1000, 'Cornwall', 'Gloves', 'Moorview'), row('2025-02', 600, 'Cornwall', 'Gloves', 'Kingsbridge'), row('2025-02', 400, 'Cornwall', 'Masks', '')];

  it('give each customer’s share and running share, largest first, and the few that make 80 %', () => {
    const shares = sharesBy(rows, 'customer');
    expect(shares.map((s) => [s.rank, s.key, s.total, s.share, s.cumulative, s.isVitalFew])).toEqual([
      [1, 'Harbour', 5000, 0.5, 0.5, true],
      [2, 'Exe Valley', 3000, 0.3, 0.8, true],
      [3, 'Moorview', 1000, 0.1, 0.9, false],
      [4, 'Kingsbridge', 600, 0.06, 0.96, false],
      [5, 'Not given', 400, 0.04, 1, false],
    ]);
    expect(paretoSummary(shares, 'customers')).toBe('2 of 5 customers (40 %) make 80 % of sales.');
  });

  it('by region and by product', () => {
    expect(sharesBy(rows, 'region').map((s) => [s.key, s.share])).toEqual([
      ['Devon', 0.8],
      ['Cornwall', 0.2],
    ]);
    expect(sharesBy(rows, 'product').map((s) => [s.key, s.total])).toEqual([
      ['Gloves', 6600],
      ['Masks', 3400],
    ]);
  });

  it('are empty with no sales, and make 100 % with any (property)', () => {
    expect(sharesBy([], 'region')).toEqual([]);
    expect(sharesBy([row('2025-01', 0)], 'region')).toEqual([]);
    const rowArb = fc.record({ region: fc.constantFrom('A', 'B', 'C', 'D', ''), value: fc.integer({ min: 0, max: 100_000 }) });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (given) => {
        const shares = sharesBy(given.map((g) => row('2025-01', g.value, g.region)), 'region');
        if (!shares.length) return;
        expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
        expect(shares.at(-1)!.cumulative).toBeCloseTo(1, 9);
        expect(shares.filter((s) => s.isVitalFew).at(-1)!.cumulative).toBeGreaterThanOrEqual(0.8 - 1e-9);
        for (let i = 1; i < shares.length; i += 1) expect(shares[i - 1]!.total).toBeGreaterThanOrEqual(shares[i]!.total);
      }),
    );
  });
});

describe('the comparison table', () => {
  it('sets the latest 12 months against the 12 before when there are 24 or more', () => {
    const rows = Array.from({ length: 26 }, (_, i) => row(`${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 100));
    // 26 months, January 2024 to February 2026: the first two are left out.
    expect(comparisonPeriods(rows)).toEqual({ months: 12, previous: { from: '2024-03', to: '2025-02' }, latest: { from: '2025-03', to: '2026-02' } });
  });

  it('gives each region’s sales in both periods with the change, largest first, and the total', () => {
    const rows = [row('2025-01', 1000, 'Devon'), row('2025-02', 1200, 'Devon'), row('2025-01', 500, 'Cornwall'), row('2025-02', 400, 'Cornwall'), row('2025-02', 300, 'Somerset')];
    const compared = comparisonBy(rows, 'region')!;
    expect(compared.periods).toEqual({ months: 1, previous: { from: '2025-01', to: '2025-01' }, latest: { from: '2025-02', to: '2025-02' } });
    expect(compared.rows.map((r) => [r.key, r.previous, r.latest, r.change, r.difference])).toEqual([
      ['Devon', 1000, 1200, 0.2, 200],
      ['Cornwall', 500, 400, -0.2, -100],
      ['Somerset', 0, 300, null, 300],
    ]);
    expect(compared.total).toEqual({ key: 'Total', previous: 1500, latest: 1900, change: (1900 - 1500) / 1500, difference: 400 });
  });

  it('needs two months at least', () => {
    expect(comparisonBy([row('2025-01', 1)], 'region')).toBeNull();
  });
});

describe('the figures in brief', () => {
  it('say how many months, the span, rows and total', () => {
    expect(figuresSummary([row('2025-01', 1200), row('2025-03', 300.5)])).toBe('3 months, Jan 2025 to Mar 2025, 2 rows, £1,500.50 in all.');
    expect(figuresSummary([])).toBe('No figures imported yet.');
  });
});
