import { describe, expect, it } from 'vitest';
import { createSalesActivityPlanExample } from './example';
import { activityLine, costLine, customerLine, indicatorLine, obligationLine } from './fold-lines';

const { data } = createSalesActivityPlanExample();

describe('fold lines of the activity plan: a finished row in one line, an unfinished one open', () => {
  it('folds every customer, activity, obligation, cost and indicator of the worked example', () => {
    data.accounts.forEach((a) => expect(customerLine(a)).toMatch(/: value £.+, probability .+ %\.$/));
    data.activities.forEach((a) => expect(activityLine(a, data.accounts)).toMatch(/ h\.$/));
    data.obligations.forEach((o) => expect(obligationLine(o)).toMatch(/ hours a week\.$/));
    data.costs.forEach((c) => expect(costLine(c)).toMatch(/£[\d,.]+\.$/));
    data.indicators.forEach((i) => expect(indicatorLine(i)).toMatch(/ figures logged\.$/));
  });

  it('gives the hours of an obligation and the working of a cost', () => {
    expect(obligationLine({ id: 'o', what: 'Monday team meeting', hoursPerWeek: '2' })).toBe('Monday team meeting: 2 hours a week.');
    expect(obligationLine({ id: 'o', what: 'Admin', hoursPerWeek: '1.25' })).toBe('Admin: 1.3 hours a week.');
    const cost = { ...data.costs[0]!, kind: 'travel' as const, what: 'Mileage', quantity: '420', unitCost: '0.45' };
    expect(costLine(cost)).toBe('Travel: Mileage, 420 × £0.45 = £189.');
  });

  it('stays open while a row lacks an answer, or a number does not read', () => {
    expect(obligationLine({ id: 'o', what: '', hoursPerWeek: '2' })).toBeNull();
    expect(obligationLine({ id: 'o', what: 'Admin', hoursPerWeek: 'a few' })).toBeNull();
    expect(costLine({ ...data.costs[0]!, unitCost: 'lots' })).toBeNull();
    expect(costLine({ ...data.costs[0]!, kind: '' })).toBeNull();
    expect(customerLine({ ...data.accounts[0]!, probability: '' })).toBeNull();
    expect(activityLine({ ...data.activities[0]!, objective: ' ' }, data.accounts)).toBeNull();
    expect(indicatorLine({ ...data.indicators[0]!, agreedWith: '' })).toBeNull();
    expect(indicatorLine({ ...data.indicators[0]!, actuals: [] })).toBeNull();
  });
});
