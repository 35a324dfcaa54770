import { describe, expect, it } from 'vitest';
import { salesActivityPlanCompleteness, salesActivityPlanGoodPractice } from './completeness';
import { createSalesActivityPlanExample } from './example';
import { createEmptySalesActivityPlan, newActivity, newCost, parseSalesActivityPlan, SALES_ACTIVITY_PLAN_SCHEMA_VERSION, type SalesActivityPlanData } from './model';
import { salesActivityPlanMeta } from './meta';

const example = () => structuredClone(createSalesActivityPlanExample().data);
const spec = (data: SalesActivityPlanData) => salesActivityPlanCompleteness(data).filter((r) => !r.isGoodPractice);
const unmet = (data: SalesActivityPlanData) => spec(data).filter((r) => !r.isMet);
const ruleAbout = (data: SalesActivityPlanData, words: string) => spec(data).find((r) => r.label.includes(words))!;

describe('the completeness rules', () => {
  it('are all met by the worked example, with every good practice too', () => {
    expect(unmet(example()).map((r) => r.label)).toEqual([]);
    expect(salesActivityPlanGoodPractice(example()).filter((r) => !r.isMet).map((r) => r.label)).toEqual([]);
  });

  it('are none of them met by a new document, each linking to the field that starts it', () => {
    expect(salesActivityPlanCompleteness(createEmptySalesActivityPlan()).filter((r) => r.isMet)).toEqual([]);
    const rules = spec(createEmptySalesActivityPlan());
    expect(rules.map((r) => r.field)).toEqual([
      'organisation',
      'start',
      'accounts.0.name',
      'activities.0.date',
      'weeklyHours',
      'costs.0.what',
      'colleagues.0.name',
      'indicators.0.name',
      undefined,
      'issues.0.issue',
      'requirements',
    ]);
  });

  it('each name a section that exists, and claim only the worksheet’s AC (never 1.1, the SMART worksheet’s)', () => {
    const ids = salesActivityPlanMeta.sections.map((s) => s.id);
    for (const rule of [...salesActivityPlanCompleteness(example()), ...salesActivityPlanGoodPractice(example())]) expect(ids).toContain(rule.sections![0]);
    expect(salesActivityPlanMeta.criteria.map((c) => c.code)).toEqual(['2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
  });

  it('say where each comes from: the spec, or good practice (never counted)', () => {
    const all = salesActivityPlanCompleteness(createEmptySalesActivityPlan());
    for (const rule of all.filter((r) => !r.isGoodPractice)) expect(rule.source).toMatch(/^L3C4 /);
    for (const rule of all.filter((r) => r.isGoodPractice)) expect(rule.source).toMatch(/^Good practice, not set by the specification: /);
    expect(all.filter((r) => r.isGoodPractice)).toHaveLength(salesActivityPlanGoodPractice(createEmptySalesActivityPlan()).length);
  });

  it('need the plan over at least a month, saying how short it is', () => {
    const data = { ...example(), end: '2027-03-20' };
    const rule = ruleAbout(data, 'one-month period');
    expect(rule).toMatchObject({ isMet: false, field: 'end' });
    expect(rule.detail).toContain('The plan covers 20 days');
  });

  it('need every started activity tied to a customer or prospect on the list, linking to the gap', () => {
    const data = example();
    data.activities.push({ ...newActivity(), date: '2027-03-10', objective: 'Call round', hours: '1', method: 'phone' });
    expect(ruleAbout(data, 'Activities planned')).toMatchObject({ isMet: false, field: 'activities.10.accountId' });
    data.activities[10]!.accountId = 'acc-moor';
    data.activities[10]!.date = '2027-04-10';
    expect(ruleAbout(data, 'Activities planned')).toMatchObject({ isMet: false, field: 'activities.10.date' });
  });

  it('need every cost to read, linking to the one that does not', () => {
    const data = example();
    data.costs.push({ ...newCost(), kind: 'materials', what: 'Banner', unitCost: 'tbc' });
    expect(ruleAbout(data, 'A budget')).toMatchObject({ isMet: false, field: 'costs.6.unitCost' });
  });

  it('do not count a colleague consulted after the plan ended', () => {
    const data = example();
    data.colleagues[0]!.date = '2027-04-02';
    expect(ruleAbout(data, 'colleague consulted').isMet).toBe(false);
  });

  it('need at least two issues analysed in full', () => {
    const data = example();
    data.issues = data.issues.slice(0, 2);
    data.issues[1]!.likelihood = '';
    expect(ruleAbout(data, 'potential issues')).toMatchObject({ isMet: false, field: 'issues.1.likelihood', detail: expect.stringContaining('1 of 2') });
  });

  it('need a dated figure logged against each stated indicator', () => {
    const data = example();
    data.indicators[1]!.actuals = [];
    expect(ruleAbout(data, 'Progress logged').detail).toContain('New annual contract value won (£)');
  });

  it('are never blocked by good practice: a plan over its hours with nothing in a week is still complete', () => {
    const data = example();
    data.activities = data.activities.filter((a) => a.date < '2027-03-08' || a.date > '2027-03-14');
    data.activities[0]!.hours = '24';
    data.obligations = [];
    data.offTrack = '';
    expect(unmet(data)).toEqual([]);
    expect(salesActivityPlanGoodPractice(data).filter((r) => !r.isMet).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the stored shape', () => {
  it('reads back the example and refuses a date that is not a date', () => {
    expect(parseSalesActivityPlan(example(), SALES_ACTIVITY_PLAN_SCHEMA_VERSION)).toEqual({ ok: true, data: example() });
    expect(parseSalesActivityPlan({ ...example(), start: '31/02/2027' }, SALES_ACTIVITY_PLAN_SCHEMA_VERSION).ok).toBe(false);
  });
});
