import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparisonCharts, niceMaximum } from './chart-data';
import { compareCustomers, countStatuses, numberStatus, spreadNote, textStatus } from './comparison';
import { createCustomerProfileExample } from './example';
import { formatMoney } from './calculations';
import { createEmptyCustomerProfile, newCustomer, type CustomerProfileData } from './model';

const rowNamed = (data: CustomerProfileData, label: string) => {
  const row = compareCustomers(data).rows.find((r) => r.label === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
};

describe('same or different', () => {
  it('ignores case, spacing and a final full stop in typed answers', () => {
    expect(textStatus(['Loyal customer.', '  loyal   CUSTOMER'])).toBe('same');
    expect(textStatus(['Weekly', 'Quarterly'])).toBe('different');
    expect(textStatus(['Weekly', ' '])).toBe('incomplete');
  });

  it('compares figures to the penny and marks missing ones', () => {
    expect(numberStatus([10, 10.001])).toBe('same');
    expect(numberStatus([10, 10.5])).toBe('different');
    expect(numberStatus([10, null])).toBe('incomplete');
  });

  it('says which customer is highest and by how much', () => {
    expect(spreadNote(['Hilltop', 'Meridian'], [16588.8, 3300], formatMoney)).toBe(
      'Hilltop is higher at £16,588.80, £13,288.80 more than Meridian (5 times as much).',
    );
    expect(spreadNote(['A', 'B'], [0, 50], formatMoney)).toBe('B is higher at £50.00, £50.00 more than A.');
    expect(spreadNote(['A', 'B'], [5, 5], formatMoney)).toBeUndefined();
    // With three or more customers the top one is the highest, not just higher.
    expect(spreadNote(['A', 'B', 'C'], [1, 2, 3], formatMoney)).toMatch(/^C is highest at £3\.00, £2\.00 more than A/);
  });

  it('any set of values is same, different or incomplete consistently with its distinct values', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 2, maxLength: 6 }), (values) => {
        const status = numberStatus(values);
        if (values.includes(null)) expect(status).toBe('incomplete');
        else expect(status).toBe(new Set(values).size === 1 ? 'same' : 'different');
      }),
    );
  });
});

describe('comparing the worked example', () => {
  const { data } = createCustomerProfileExample();

  it('compares the two named customers on every chosen basis, DMU role, description and figure', () => {
    const comparison = compareCustomers(data);
    expect(comparison.customers.map((c) => c.label)).toEqual(['Hilltop Café', 'Meridian Accounting LLP']);
    const labels = comparison.rows.map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Industry (SIC code)',
        'Purchasing criteria',
        'Decider',
        'Gatekeeper',
        'Customer type',
        'Motivations',
        'Attitudes',
        'Behaviours',
        'Data source',
        'Average order value (£)',
        'Customer lifetime value',
        'Retention-based lifetime value',
      ]),
    );
  });

  it('marks the lifetime value as different with the worked difference', () => {
    const row = rowNamed(data, 'Customer lifetime value');
    expect(row.values).toEqual(['£16,588.80', '£3,300.00']);
    expect(row.status).toBe('different');
    expect(row.note).toBe('Hilltop Café is higher at £16,588.80, £13,288.80 more than Meridian Accounting LLP (5 times as much).');
    expect(rowNamed(data, 'Retention-based lifetime value').values).toEqual(['£9,400.32', '£1,925.00']);
  });

  it('gives a gap between percentages in percentage points, without a ratio', () => {
    expect(rowNamed(data, 'Gross margin (%)').note).toBe('Hilltop Café is higher at 32 %, 10 percentage points more than Meridian Accounting LLP.');
    expect(rowNamed(data, 'Expected relationship length (years)').note).toBe(
      'Hilltop Café is higher at 6 years, 3 years more than Meridian Accounting LLP (2 times as much).',
    );
  });

  it('marks a shared answer as the same and a missing one as not all given', () => {
    const copy = structuredClone(data);
    copy.customers[1]!.characteristics.location = copy.customers[0]!.characteristics.location!.toUpperCase();
    copy.customers[1]!.dmu.user = '';
    expect(rowNamed(copy, 'Location').status).toBe('same');
    expect(rowNamed(copy, 'User').status).toBe('incomplete');
    expect(countStatuses(compareCustomers(copy).rows).same).toBeGreaterThanOrEqual(1);
  });

  it('shows why a lifetime value is missing instead of a number', () => {
    const copy = structuredClone(data);
    copy.customers[0]!.numbers.grossMarginPercent = '140';
    const row = rowNamed(copy, 'Customer lifetime value');
    expect(row.values[0]).toBe('Cannot be worked out yet');
    expect(row.status).toBe('incomplete');
    expect(rowNamed(copy, 'Gross margin (%)').values[0]).toBe('140 (cannot be used)');
  });

  it('leaves out unnamed customers and optional figures nobody gave', () => {
    const copy = structuredClone(data);
    copy.customers.push(newCustomer('blank'));
    for (const customer of copy.customers) customer.numbers.discountPercent = '';
    const comparison = compareCustomers(copy);
    expect(comparison.customers).toHaveLength(2);
    expect(comparison.rows.some((r) => r.label.startsWith('Discount rate'))).toBe(false);
  });

  it('only compares the bases chosen for the current market', () => {
    const copy = structuredClone(data);
    copy.customerBases = ['industry', 'demographic'];
    const characteristics = compareCustomers(copy).rows.filter((r) => r.section === 'Characteristics').map((r) => r.label);
    expect(characteristics).toEqual(['Industry (SIC code)']);
  });
});

describe('chart rows', () => {
  it('gives one bar per customer for each measure', () => {
    const charts = comparisonCharts(createCustomerProfileExample().data);
    const clv = charts.find((c) => c.key === 'clv')!;
    expect(clv.rows.map((r) => r.label)).toEqual(['Hilltop Café', 'Meridian Accounting LLP']);
    expect(clv.rows[0]!.value).toBeCloseTo(16588.8, 6);
    expect(clv.rows[1]!.value).toBeCloseTo(3300, 6);
    expect(charts.find((c) => c.key === 'purchasesPerYear')!.rows.map((r) => r.value)).toEqual([48, 4]);
    expect(charts.find((c) => c.key === 'annualRevenue')!.rows.map((r) => r.value)).toEqual([8640, 5000]);
  });

  it('leaves out, and names, a customer whose figures cannot be used', () => {
    const data = createCustomerProfileExample().data;
    data.customers[1]!.numbers.purchasesPerYear = 'lots';
    const clv = comparisonCharts(data).find((c) => c.key === 'clv')!;
    expect(clv.rows.map((r) => r.label)).toEqual(['Hilltop Café']);
    expect(clv.leftOut).toEqual(['Meridian Accounting LLP']);
  });

  it('has no bars before any customer is named', () => {
    expect(comparisonCharts(createEmptyCustomerProfile()).every((c) => c.rows.length === 0)).toBe(true);
  });
});

describe('chart scale', () => {
  it('rounds the axis up to a round number', () => {
    expect(niceMaximum([16588.8, 3300])).toBe(20000);
    expect(niceMaximum([2764.8])).toBe(3000);
    expect(niceMaximum([48, 4])).toBe(50);
    expect(niceMaximum([100])).toBe(100);
    expect(niceMaximum([0.3])).toBe(0.3);
    expect(niceMaximum([])).toBe(1);
    expect(niceMaximum([0, 0])).toBe(1);
  });

  it('is never below the largest value nor more than 1.5 times it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 8 }), (values) => {
        const max = Math.max(...values);
        const nice = niceMaximum(values);
        expect(nice).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(nice).toBeLessThanOrEqual(max * 1.5 + 1e-9);
      }),
    );
  });
});
