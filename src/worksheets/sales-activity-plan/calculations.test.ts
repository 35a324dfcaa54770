import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, weekdayIndex } from '../../lib/dates';
import {
  availability,
  budget,
  budgetToTarget,
  indicatorProgress,
  isPlannedActivity,
  monthEnd,
  outsidePeriodProblem,
  overPlannedWeeks,
  periodProblem,
  planWeeks,
  rankAccounts,
  readActivityHours,
  weeklyLoad,
  weightedWorking,
} from './calculations';
import { COST_KINDS, createEmptySalesActivityPlan, newAccount, newActivity, newActual, newCost, newIndicator, newObligation, type SalesActivityPlanData } from './model';

const plan = (over: Partial<SalesActivityPlanData> = {}): SalesActivityPlanData => ({ ...createEmptySalesActivityPlan(), start: '2027-03-01', end: '2027-03-31', ...over });

describe('the plan’s period', () => {
  it('accepts a month or more, and says how short a shorter one is', () => {
    expect(periodProblem('2027-03-01', '2027-03-31')).toBeUndefined();
    expect(periodProblem('2027-03-15', '2027-04-14')).toBeUndefined();
    expect(periodProblem('2027-03-01', '2027-03-20')).toBe('The plan covers 20 days: the assessor guidance asks for “at least a one-month period”. End it on 31 March 2027 or later.');
    expect(periodProblem('2027-03-01', '2027-02-01')).toBe('The end is before the start: check the dates.');
    expect(periodProblem('2027-03-01', '2028-06-01')).toMatch(/more than a year/);
    expect(periodProblem('', '2027-03-31')).toBeUndefined();
  });

  it('takes a month from the 31st to the end of a shorter month', () => {
    expect(monthEnd('2027-03-01')).toBe('2027-03-31');
    expect(monthEnd('2027-01-31')).toBe('2027-02-27');
    expect(periodProblem('2027-01-31', '2027-02-27')).toBeUndefined();
  });

  it('cuts March 2027 into five Monday weeks, the last a part week', () => {
    const weeks = planWeeks('2027-03-01', '2027-03-31');
    expect(weeks.map((w) => w.label)).toEqual(['w/c 1 Mar', 'w/c 8 Mar', 'w/c 15 Mar', 'w/c 22 Mar', 'w/c 29 Mar']);
    expect(weeks.map((w) => w.workingDays)).toEqual([5, 5, 5, 5, 3]);
    expect(weeks[4]).toMatchObject({ from: '2027-03-29', to: '2027-03-31' });
  });

  it('starts a Wednesday plan in its Monday week, counting only the days inside', () => {
    const weeks = planWeeks('2027-03-03', '2027-04-02');
    expect(weeks[0]).toMatchObject({ monday: '2027-03-01', from: '2027-03-03', workingDays: 3 });
    expect(weeks.at(-1)).toMatchObject({ monday: '2027-03-29', to: '2027-04-02', workingDays: 5 });
  });

  it('puts every day of any usable period in exactly one week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 300 }), (offset, extra) => {
        const start = addDays('2026-01-01', offset);
        const end = addDays(monthEnd(start), extra);
        const weeks = planWeeks(start, end);
        const days = weeks.reduce((sum, w) => sum + daysBetween(w.from, w.to) + 1, 0);
        expect(days).toBe(daysBetween(start, end) + 1);
        for (const w of weeks) {
          expect(weekdayIndex(w.monday)).toBe(0);
          expect(w.workingDays).toBeGreaterThanOrEqual(0);
          expect(w.workingDays).toBeLessThanOrEqual(5);
        }
        expect(weeks[0]!.from).toBe(start);
        expect(weeks.at(-1)!.to).toBe(end);
      }),
    );
  });

  it('says when a date is outside the period, and nothing while the period is not set', () => {
    expect(outsidePeriodProblem('2027-04-02', '2027-03-01', '2027-03-31')).toBe('This is outside your plan’s period (1 March 2027 to 31 March 2027): check the date, or the period.');
    expect(outsidePeriodProblem('2027-03-31', '2027-03-01', '2027-03-31')).toBeUndefined();
    expect(outsidePeriodProblem('2027-04-02', '', '')).toBeUndefined();
  });
});

describe('the prioritised list', () => {
  const account = (name: string, value: string, probability: string) => ({ ...newAccount(), name, value, probability });

  it('ranks by potential value × probability of a sale, with the working', () => {
    const ranked = rankAccounts([account('Small', '£2,000', '90%'), account('Big', '8000', '60'), account('Tie', '3600', '50 %')]);
    expect(ranked.map((r) => [r.account.name, r.weighted, r.rank])).toEqual([
      ['Big', 4800, 1],
      ['Small', 1800, 2],
      ['Tie', 1800, 2],
    ]);
    expect(weightedWorking(ranked[0]!)).toBe('£8,000 × 60 % = £4,800');
  });

  it('leaves out an unnamed account or one whose figures do not read', () => {
    expect(rankAccounts([account('', '100', '10'), account('A', 'lots', '10'), account('B', '100', '120')])).toEqual([]);
  });

  it('keeps ranks in order and every weighted value within the value, whatever is typed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.oneof(fc.string(), fc.integer({ min: 0, max: 1e6 }).map(String)), fc.oneof(fc.string(), fc.integer({ min: 0, max: 100 }).map(String))), { maxLength: 12 }), (rows) => {
        const ranked = rankAccounts(rows.map(([n, v, p]) => account(n || 'x', v, p)));
        ranked.forEach((r, i) => {
          expect(Number.isFinite(r.weighted)).toBe(true);
          expect(r.weighted).toBeLessThanOrEqual(r.value);
          if (i > 0) expect(r.rank).toBeGreaterThanOrEqual(ranked[i - 1]!.rank);
        });
      }),
    );
  });
});

describe('hours against the hours available', () => {
  it('blocks out other obligations from the working week, with the working', () => {
    const a = availability({ weeklyHours: '37.5', obligations: [{ ...newObligation(), what: 'Team meeting', hoursPerWeek: '7.5' }, { ...newObligation(), what: 'Admin', hoursPerWeek: '4 hours' }] });
    expect(a).toMatchObject({ weekly: 37.5, obligations: 11.5, available: 26 });
    expect(a.working).toBe('37.5 − 7.5 − 4 = 26 hours a week for sales activities');
  });

  it('says so when obligations exceed the week, and gives no available figure', () => {
    const a = availability({ weeklyHours: '10', obligations: [{ ...newObligation(), hoursPerWeek: '12' }] });
    expect(a.available).toBeNull();
    expect(a.problem).toBe('Your other obligations (12 hours) are more than your working week (10 hours): check the hours.');
  });

  it('buckets activities into weeks: planned, done, hours, and a part week’s smaller share of the hours', () => {
    const accounts = [{ ...newAccount(), name: 'Harbour Dental' }];
    const act = (date: string, hours: string, outcome: '' | 'done' = '') => ({ ...newActivity(), date, hours, outcome, accountId: accounts[0]!.id });
    const data = plan({
      accounts,
      weeklyHours: '20',
      obligations: [{ ...newObligation(), hoursPerWeek: '10' }],
      activities: [act('2027-03-01', '6', 'done'), act('2027-03-05', '5'), act('2027-03-30', '4', 'done'), act('2027-03-31', 'two'), act('2027-04-05', '1')],
    });
    const loads = weeklyLoad(data);
    expect(loads.map((l) => [l.planned, l.done, l.hours, l.available, l.spare])).toEqual([
      [2, 1, 11, 10, -1],
      [0, 0, 0, 10, 10],
      [0, 0, 0, 10, 10],
      [0, 0, 0, 10, 10],
      [2, 1, 4, 6, 2],
    ]);
    expect(overPlannedWeeks(loads)).toEqual(['w/c 1 Mar']);
  });

  it('reads planned hours with a plain message', () => {
    expect(readActivityHours('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(readActivityHours('30')).toEqual({ ok: false, reason: 'That is more than 24: check the number.' });
    expect(readActivityHours('')).toEqual({ ok: false, reason: 'Enter the hours you plan to spend, for example 1.5.' });
  });

  it('counts every dated activity in the period once, and never gives NaN', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.string({ maxLength: 6 })), { maxLength: 30 }), fc.string({ maxLength: 5 }), (rows, weekly) => {
        const data = plan({ weeklyHours: weekly, activities: rows.map(([d, h]) => ({ ...newActivity(), date: addDays('2027-03-01', d), hours: h })) });
        const loads = weeklyLoad(data);
        const inside = rows.filter(([d]) => d >= 0 && d <= 30).length;
        expect(loads.reduce((sum, l) => sum + l.planned, 0)).toBe(inside);
        for (const l of loads) {
          expect(Number.isFinite(l.hours)).toBe(true);
          if (l.spare !== null) expect(Number.isFinite(l.spare)).toBe(true);
        }
      }),
    );
  });
});

describe('activities planned in full', () => {
  it('needs a date in the period, a named account on the list, a method, an objective and readable hours', () => {
    const account = { ...newAccount(), name: 'Harbour Dental' };
    const full = { ...newActivity(), date: '2027-03-03', accountId: account.id, method: 'phone' as const, objective: 'Book a demo', hours: '0.5' };
    const data = plan({ accounts: [account] });
    expect(isPlannedActivity(full, data)).toBe(true);
    expect(isPlannedActivity({ ...full, date: '2027-04-03' }, data)).toBe(false);
    expect(isPlannedActivity({ ...full, accountId: 'gone' }, data)).toBe(false);
    expect(isPlannedActivity({ ...full, hours: 'half' }, data)).toBe(false);
    expect(isPlannedActivity({ ...full, method: '' }, data)).toBe(false);
  });
});

describe('the budget', () => {
  const cost = (kind: (typeof COST_KINDS)[number] | '', what: string, quantity: string, unitCost: string) => ({ ...newCost(), kind, what, quantity, unitCost });

  it('totals by kind and overall, each with its working, to the penny', () => {
    const b = budget(
      [cost('travel', 'Mileage to Exeter', '120', '0.45'), cost('samples', 'Sample kits', '3', '£45'), cost('travel', 'Train to Bristol', '1', '30'), cost('', 'Parking', '2', '4.50')],
      COST_KINDS,
    );
    expect(b.lines.map((l) => l.working)).toEqual(['120 × £0.45 = £54', '3 × £45 = £135', '£30', '2 × £4.50 = £9']);
    expect(b.byKind.map((k) => [k.kind, k.total, k.working])).toEqual([
      ['travel', 84, '£54 + £30 = £84'],
      ['samples', 135, '£135'],
      ['', 9, '£9'],
    ]);
    expect(b.total).toBe(228);
    expect(b.working).toBe('£84 + £135 + £9 = £228');
    expect(b.unreadable).toBe(0);
  });

  it('leaves out a line whose figures do not read, and counts it', () => {
    const b = budget([cost('travel', 'Mileage', 'many', '0.45'), cost('events', '', '', '')], COST_KINDS);
    expect(b).toMatchObject({ total: 0, unreadable: 1, byKind: [] });
  });

  it('adds up: the kinds’ totals make the total, never NaN, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...COST_KINDS, '' as const), fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 500 }).map(String)), fc.oneof(fc.string({ maxLength: 6 }), fc.double({ min: 0, max: 5000, noNaN: true }).map((n) => n.toFixed(2)))), { maxLength: 20 }),
        (rows) => {
          const b = budget(rows.map(([k, q, u]) => cost(k, 'x', q, u)), COST_KINDS);
          const kinds = b.byKind.reduce((sum, k) => sum + Math.round(k.total * 100), 0);
          expect(Math.round(b.total * 100)).toBe(kinds);
          expect(b.lines.length + b.unreadable).toBe(rows.length);
          expect(Number.isFinite(b.total)).toBe(true);
        },
      ),
    );
  });

  it('compares the budget with the target’s value', () => {
    expect(budgetToTarget(450, '£12,000')).toEqual({ ratio: 0.0375, text: '£450 budget for a £12,000 target: 3.8 % of the target' });
    expect(budgetToTarget(450, '0')).toBeNull();
    expect(budgetToTarget(450, '')).toBeNull();
  });
});

describe('indicator progress', () => {
  const indicator = (target: string, values: Array<[string, string]>) => ({ ...newIndicator(), name: 'Demos booked', target, actuals: values.map(([date, value]) => ({ ...newActual(), date, value })) });

  it('adds the actuals logged against the target', () => {
    const p = indicatorProgress(indicator('12', [['2027-03-05', '3'], ['2027-03-12', '4 demos'], ['2027-03-19', 'some']]));
    expect(p).toMatchObject({ target: 12, achieved: 7, logged: 2, unreadable: 1, text: '7 of 12 (58 %)' });
    expect(p.share).toBeCloseTo(7 / 12);
  });

  it('gives no share without a target above 0, never NaN', () => {
    expect(indicatorProgress(indicator('0', [['2027-03-05', '3']]))).toMatchObject({ target: null, share: null, text: '3 so far' });
  });

  it('never gives NaN or a negative total, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 10 }), (target, values) => {
        const p = indicatorProgress(indicator(target, values.map((v) => ['2027-03-02', v])));
        expect(p.achieved).toBeGreaterThanOrEqual(0);
        if (p.share !== null) expect(Number.isFinite(p.share)).toBe(true);
        expect(p.text).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});
