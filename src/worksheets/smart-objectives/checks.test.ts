import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkAchievable,
  checkMeasurable,
  checkObjective,
  checkRelevant,
  checkSpecific,
  checkTimeBound,
  findVaguePhrase,
  stretch,
} from './checks';
import { composeObjective, objectiveSentence } from './compose';
import { newObjective, type Objective } from './model';
import { addDays, tryDaysBetween } from '../../lib/dates';
import { readMeasure } from './calculations';

const TODAY = '2027-01-10';

/** A SMART sales target, as a learner who has done it well would write it. */
const goodObjective = (): Objective => ({
  ...newObjective('good'),
  specific: { what: 'win new residential solar customers', who: 'from homeowner leads', where: 'in the Leeds territory' },
  measurable: { metric: 'monthly new-business sales', baseline: '£18,000', target: '£22,000', unit: 'a month' },
  achievable: {
    resources: 'Campaign leads and two extra survey slots a week.',
    pastPerformance: 'I reached £21,400 in my best month last year.',
    constraints: 'Installer capacity.',
  },
  relevant: { link: 'my £4,000 share of the team’s £16,000 growth target' },
  timeBound: { deadline: '2027-03-31', milestones: '£20,000 by the end of February.' },
});

const with_ = (changes: (o: Objective) => void): Objective => {
  const objective = structuredClone(goodObjective());
  changes(objective);
  return objective;
};

describe('reading numbers as learners type them', () => {
  it('reads currency, thousands separators, percentages and unit words', () => {
    expect(readMeasure('£18,000')).toBe(18000);
    expect(readMeasure(' 12.5% ')).toBe(12.5);
    expect(readMeasure('40 calls')).toBe(40);
    expect(readMeasure('1,234,567')).toBe(1234567);
    expect(readMeasure('-3')).toBe(-3);
  });
  it('refuses anything that is not one clear number', () => {
    for (const bad of ['', 'lots', '10-12', '18k', '4/5', '1.2.3', 'Infinity', 'NaN', '1e400', '12,34']) expect(readMeasure(bad)).toBeNull();
  });
  it('reads back any number written with separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        expect(readMeasure(n.toLocaleString('en-GB'))).toBe(n);
        expect(readMeasure(`£${Math.abs(n).toLocaleString('en-GB')}`)).toBe(Math.abs(n));
      }),
    );
  });
});

describe('dates', () => {
  it('counts days across months and leap years', () => {
    expect(tryDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(tryDaysBetween('2027-03-01', '2027-01-10')).toBe(-50);
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
  });
  it('treats impossible dates as no date', () => {
    expect(tryDaysBetween('2027-02-30', '2027-03-01')).toBeNull();
    expect(tryDaysBetween('', '2027-03-01')).toBeNull();
  });
  it('adding then counting days gives the same number back', () => {
    fc.assert(fc.property(fc.integer({ min: -3000, max: 3000 }), (n) => {
      expect(tryDaysBetween(TODAY, addDays(TODAY, n))).toBe(n);
    }));
  });
});

describe('vague phrases', () => {
  it('finds vague verbs as whole words, as written', () => {
    expect(findVaguePhrase('Improve my sales')).toBe('Improve');
    expect(findVaguePhrase('I want to get  better at closing')).toBe('get  better');
    expect(findVaguePhrase('win 5 new accounts')).toBeNull();
    // "moreover" and "growth" are not "more" and "grow".
    expect(findVaguePhrase('moreover, growth')).toBeNull();
  });
});

describe('the good objective', () => {
  it('passes every letter with no problems', () => {
    const checks = checkObjective(goodObjective(), 'sales-targets', TODAY);
    expect(checks.map((c) => [c.letter, c.status, c.problems])).toEqual([
      ['S', 'smart', []],
      ['M', 'smart', []],
      ['A', 'smart', []],
      ['R', 'smart', []],
      ['T', 'smart', []],
    ]);
  });
});

describe('Specific', () => {
  it('is not started when nothing is written, and says what to write', () => {
    const check = checkSpecific(newObjective('x'));
    expect(check.status).toBe('not-started');
    expect(check.problems[0]).toMatch(/Say what you will do/);
  });
  it('flags a vague verb with no number anywhere', () => {
    const check = checkSpecific(with_((o) => {
      o.specific.what = 'improve my sales a lot';
      o.measurable.target = '';
    }));
    expect(check.status).toBe('needs-work');
    expect(check.problems.join(' ')).toContain('“improve” says which way, not how far');
  });
  it('accepts a vague verb once the number is there, in the text or the target', () => {
    expect(checkSpecific(with_((o) => (o.specific.what = 'increase my sales calls to 15 a day'))).status).toBe('smart');
    expect(checkSpecific(with_((o) => (o.specific.what = 'increase my monthly sales'))).status).toBe('smart');
  });
  it('asks for who and where', () => {
    const check = checkSpecific(with_((o) => (o.specific = { what: 'win new customers', who: '', where: ' ' })));
    expect(check.problems).toEqual([
      'Say who is involved: which customers, or who you will work with.',
      'Say where: the territory, channel, product range or situation.',
    ]);
  });
  it('checks an edited sentence for vague words with no number', () => {
    const check = checkSpecific(with_((o) => (o.sentence = { isEdited: true, text: 'I will improve my sales.' })));
    expect(check.problems).toEqual(['Your sentence uses “improve” with no number: say how much, or to what level.']);
  });
});

describe('Measurable', () => {
  it('flags a missing target as not measurable', () => {
    const check = checkMeasurable(with_((o) => (o.measurable.target = '')));
    expect(check.problems).toEqual(['No measurable target yet: add the number you are aiming for.']);
  });
  it('explains a target or baseline that is not a number', () => {
    const check = checkMeasurable(with_((o) => (o.measurable = { ...o.measurable, target: 'loads', baseline: '18k' })));
    expect(check.problems).toEqual([
      'The target “loads” is not one number. Write it in digits, e.g. 22000 or 12.',
      'The baseline “18k” is not one number. Write it in digits, e.g. 18000 or 8.',
    ]);
  });
  it('flags a target equal to the baseline', () => {
    const check = checkMeasurable(with_((o) => (o.measurable.target = '18000')));
    expect(check.problems).toEqual(['The target is the same as the baseline (18,000): say what will change.']);
  });
  it('suggests a unit without failing the letter', () => {
    const check = checkMeasurable(with_((o) => (o.measurable.unit = '')));
    expect(check.status).toBe('smart');
    expect(check.tips[0]).toMatch(/Add the unit/);
  });
  it('notices an edited sentence that dropped the target', () => {
    const kept = checkMeasurable(with_((o) => (o.sentence = { isEdited: true, text: 'By March I will reach £22,000 a month.' })));
    expect(kept.status).toBe('smart');
    const dropped = checkMeasurable(with_((o) => (o.sentence = { isEdited: true, text: 'By March I will reach £20,000 a month.' })));
    expect(dropped.problems).toEqual(['Your sentence leaves out the target (22,000): put it back in.']);
  });
});

describe('Achievable', () => {
  it('accepts a modest stretch with reasons', () => {
    expect(stretch(goodObjective())).toBeCloseTo(4000 / 18000);
    expect(checkAchievable(goodObjective()).status).toBe('smart');
  });
  it('flags a target far beyond the baseline with no justification, with the percentage', () => {
    const check = checkAchievable(with_((o) => {
      o.measurable.target = '45000';
      o.achievable.pastPerformance = '';
    }));
    expect(check.status).toBe('needs-work');
    expect(check.problems).toEqual([
      'Your target is 150 % above your baseline, with no reason given. That may be right, but say why it is achievable: what you have done before, or what is different now.',
    ]);
  });
  it('treats a big cut (e.g. complaints 10 → 2) the same way', () => {
    const check = checkAchievable(with_((o) => {
      o.measurable = { ...o.measurable, baseline: '10', target: '2' };
      o.achievable.pastPerformance = ' ';
    }));
    expect(check.problems[0]).toMatch(/^Your target is 80 % below your baseline/);
  });
  it('accepts a big stretch once it is justified, with a tip if it is huge', () => {
    const check = checkAchievable(with_((o) => (o.measurable.target = '90000')));
    expect(check.status).toBe('smart');
    expect(check.tips[0]).toMatch(/very big change \(400 %\)/);
  });
  it('asks for resources and for why it is realistic', () => {
    const check = checkAchievable(with_((o) => (o.achievable = { resources: '', pastPerformance: '', constraints: 'time' })));
    expect(check.problems).toHaveLength(2);
    expect(check.problems[0]).toMatch(/what you will use/);
    expect(check.problems[1]).toMatch(/what shows it is realistic/);
  });
  it('the stretch rule holds for any baseline and target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 4e6 }), (baseline, target) => {
        const check = checkAchievable(with_((o) => {
          o.measurable = { ...o.measurable, baseline: String(baseline), target: String(target) };
          o.achievable.pastPerformance = '';
        }));
        const isFar = Math.abs(target - baseline) / baseline > 0.5;
        expect(check.problems.some((p) => p.startsWith('Your target is'))).toBe(isFar);
        expect(check.status).toBe('needs-work');
      }),
    );
  });
});

describe('Relevant', () => {
  it('names what is missing for each context', () => {
    const blank = with_((o) => (o.relevant.link = ''));
    expect(checkRelevant(blank, 'sales-targets').problems[0]).toMatch(/No link to a team target/);
    expect(checkRelevant(blank, 'development-plan').problems[0]).toMatch(/No link to a development need/);
    expect(checkRelevant(blank, 'motivation-plan').problems[0]).toMatch(/No link to your motivation theory/);
    expect(checkRelevant(blank, 'presentation').problems[0]).toMatch(/No link to the customer’s needs/);
  });
  it('asks for a sentence, not just a name', () => {
    expect(checkRelevant(with_((o) => (o.relevant.link = 'team target')), 'sales-targets').status).toBe('needs-work');
  });
});

describe('Time-bound', () => {
  it('flags a missing deadline', () => {
    expect(checkTimeBound(with_((o) => (o.timeBound.deadline = '')), 'sales-targets', TODAY).problems[0]).toMatch(/No deadline yet/);
  });
  it('flags an impossible date', () => {
    expect(checkTimeBound(with_((o) => (o.timeBound.deadline = '2027-02-30')), 'sales-targets', TODAY).problems[0]).toMatch(/not a real date/);
  });
  it('flags a deadline in the past, but not once a review shows the target reached', () => {
    const past = with_((o) => (o.timeBound.deadline = '2027-01-09'));
    expect(checkTimeBound(past, 'sales-targets', TODAY).problems[0]).toBe(
      'The deadline (9 January 2027) has passed and no review shows the target reached. Set a new date, or record the outcome in a review.',
    );
    past.reviews = [{ id: 'r', date: '2027-01-08', value: '£22,500', progress: 'Done', evidence: 'CRM', nextStep: 'Next' }];
    expect(checkTimeBound(past, 'sales-targets', TODAY).status).toBe('smart');
  });
  it('accepts today itself as a deadline', () => {
    expect(checkTimeBound(with_((o) => (o.timeBound.deadline = TODAY)), 'sales-targets', TODAY).status).toBe('smart');
  });
  it('flags a deadline implausibly far away, with a nearer limit for presentations', () => {
    const far = with_((o) => (o.timeBound.deadline = addDays(TODAY, 400)));
    expect(checkTimeBound(far, 'sales-targets', TODAY).problems[0]).toMatch(/^The deadline is about 13 months away/);
    const sixMonths = with_((o) => (o.timeBound.deadline = addDays(TODAY, 200)));
    expect(checkTimeBound(sixMonths, 'sales-targets', TODAY).status).toBe('smart');
    expect(checkTimeBound(sixMonths, 'presentation', TODAY).status).toBe('needs-work');
  });
  it('reminds motivation plans that an objective needs at least a month', () => {
    const soon = with_((o) => (o.timeBound.deadline = addDays(TODAY, 10)));
    expect(checkTimeBound(soon, 'motivation-plan', TODAY).tips[0]).toMatch(/at least a month/);
    expect(checkTimeBound(soon, 'sales-targets', TODAY).tips).toEqual([]);
    soon.reviews = [{ id: 'r', date: TODAY, value: '22,000', progress: 'Reached', evidence: 'CRM', nextStep: 'Raise it' }];
    expect(checkTimeBound(soon, 'motivation-plan', TODAY).tips).toEqual([]);
  });
  it('the same objective moves from SMART to past-deadline as today moves on', () => {
    const objective = goodObjective();
    expect(checkTimeBound(objective, 'sales-targets', '2027-03-31').status).toBe('smart');
    expect(checkTimeBound(objective, 'sales-targets', '2027-04-01').status).toBe('needs-work');
  });
});

describe('the composed sentence', () => {
  it('puts the parts into one readable sentence', () => {
    expect(composeObjective(goodObjective())).toBe(
      'By 31 March 2027, I will win new residential solar customers from homeowner leads in the Leeds territory, taking monthly new-business sales from £18,000 a month to £22,000 a month. This supports my £4,000 share of the team’s £16,000 growth target.',
    );
  });
  it('is empty until the learner says what they will do, and copes with missing parts', () => {
    expect(composeObjective(newObjective('x'))).toBe('');
    const partial = with_((o) => {
      o.timeBound.deadline = '';
      o.measurable = { metric: '', baseline: '', target: '12', unit: '' };
      o.relevant.link = '';
      o.specific = { what: 'Book surveys.', who: '', where: '' };
    });
    expect(composeObjective(partial)).toBe('I will book surveys, reaching 12 on the measure.');
  });
  it('uses the learner’s edit once they have edited it', () => {
    const edited = with_((o) => (o.sentence = { isEdited: true, text: '  My own words with 22,000.  ' }));
    expect(objectiveSentence(edited)).toBe('My own words with 22,000.');
    expect(objectiveSentence(goodObjective())).toBe(composeObjective(goodObjective()));
  });
  it('never prints undefined or NaN, whatever is typed', () => {
    const part = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(part, part, part, part, part, part, (what, who, metric, baseline, target, link) => {
        const sentence = composeObjective(with_((o) => {
          o.specific = { what, who, where: '' };
          o.measurable = { metric, baseline, target, unit: '' };
          o.relevant.link = link;
        }));
        expect(sentence).not.toMatch(/undefined|NaN/);
      }),
    );
  });
});

describe('Relevant in a development plan', () => {
  const needs = ['Handling objections', 'Managing time and the pipeline in the CRM'];
  it('accepts a link that names a development need from the self-assessment', () => {
    const linked = with_((o) => (o.relevant.link = 'my need to get better at handling price objections, scored 2'));
    expect(checkRelevant(linked, 'development-plan', needs)).toMatchObject({ status: 'smart', tips: [] });
  });
  it('suggests naming a need when the link names none, without failing the letter', () => {
    const unlinked = with_((o) => (o.relevant.link = 'my manager thinks this would be useful for me'));
    const check = checkRelevant(unlinked, 'development-plan', needs);
    expect(check.status).toBe('smart');
    expect(check.tips).toEqual(['Name the development need from your self-assessment that it meets, e.g. “Handling objections” or “Managing time and the pipeline in the CRM”.']);
    expect(checkRelevant(unlinked, 'sales-targets', needs).tips).toEqual([]);
  });
});
