import { describe, expect, it } from 'vitest';
import { communicationPlanCompleteness } from './completeness';
import { communicationPlanModel } from './definition';
import { createCommunicationPlanExample } from './example';
import { communicationPlanGoodPractice } from './good-practice';
import { COMMUNICATION_PLAN_SCHEMA_VERSION, createEmptyCommunicationPlan, parseCommunicationPlan, type CommunicationPlanData } from './model';

const example = () => createCommunicationPlanExample().data;
const parse = (data: unknown) => parseCommunicationPlan(data, COMMUNICATION_PLAN_SCHEMA_VERSION);
const rule = (data: CommunicationPlanData, start: string) => {
  const found = communicationPlanCompleteness(data).find((c) => c.label.startsWith(start));
  if (!found) throw new Error(`no rule starting "${start}"`);
  return found;
};

describe('the worked example', () => {
  it('meets all nine rules and every good-practice suggestion', () => {
    const checks = communicationPlanCompleteness(example());
    expect(checks).toHaveLength(9);
    expect(checks.filter((c) => !c.isMet)).toEqual([]);
    expect(communicationPlanGoodPractice(example()).filter((g) => !g.isMet)).toEqual([]);
  });

  it('is valid stored data, and is the v1 fixture', async () => {
    expect(parse(JSON.parse(JSON.stringify(example())))).toEqual({ ok: true, data: example() });
    const fixture: unknown = (await import('./fixtures/v1.json')).default;
    expect(parse(fixture)).toEqual({ ok: true, data: example() });
  });

  it('says it is fictional', () => {
    expect(example().organisation.name).toMatch(/fictional/);
  });
});

describe('the stored shape', () => {
  it('refuses a rating off the 1–5 scale, a missing rating, an unknown level and a date that is not a date', () => {
    const offScale = example();
    offScale.preferences.ratings[0] = 6;
    expect(parse(offScale).ok).toBe(false);
    const short = example();
    short.preferences.ratings.pop();
    expect(parse(short).ok).toBe(false);
    expect(parse({ ...example(), barriers: [{ ...example().barriers[0], level: 'national' }] }).ok).toBe(false);
    const badDate = example();
    badDate.activities[0]!.date = '2027-02-30';
    expect(parse(badDate).ok).toBe(false);
  });

  it('refuses text over its limit and data from a newer version', () => {
    const long = example();
    long.audiences[0]!.name = 'x'.repeat(201);
    expect(parse(long).ok).toBe(false);
    expect(parseCommunicationPlan(example(), COMMUNICATION_PLAN_SCHEMA_VERSION + 1)).toMatchObject({ ok: false, reason: expect.stringContaining('newer version') });
  });

  it('starts empty with the rows the guidance asks for: two audiences, three activities, two actions, a barrier per level', () => {
    const empty = createEmptyCommunicationPlan();
    expect([empty.audiences.length, empty.activities.length, empty.actions.length]).toEqual([2, 3, 2]);
    expect(empty.barriers.map((b) => b.level)).toEqual(['individual', 'team', 'organisational']);
    expect(empty.preferences.ratings.every((r) => r === null)).toBe(true);
    expect(communicationPlanModel.completeness(empty).every((c) => !c.isMet && c.detail)).toBe(true);
  });
});

describe('completeness: the assessor guidance, rule by rule', () => {
  it('needs the organisation named, and whether it is the learner’s own or a case study', () => {
    const data = example();
    data.organisation.kind = '';
    expect(rule(data, 'Whose audiences')).toMatchObject({ isMet: false, detail: 'Say whether it is your own organisation or a case study.' });
  });

  it('needs two audiences with every factor, not counting a blank factor or a name used twice', () => {
    const data = example();
    data.audiences[1]!.legal = ' ';
    expect(rule(data, 'At least two types')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^1 audiences with every factor/) });
    const twice = example();
    twice.audiences[1]!.name = ` ${twice.audiences[0]!.name.toUpperCase()} `;
    expect(rule(twice, 'At least two types').isMet).toBe(false);
  });

  it('needs an approach to each audience and the comparison', () => {
    const data = example();
    data.differences = '';
    expect(rule(data, 'How you would approach')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^Compare your approaches/) });
    data.audiences[0]!.approach = '';
    expect(rule(data, 'How you would approach').detail).toMatch(/^1 evaluated audiences with your approach/);
  });

  it('needs the plan for one of the evaluated audiences, and says when the chosen one has gone', () => {
    const data = example();
    data.plan.audienceId = 'gone';
    expect(rule(data, 'One of the audiences')).toMatchObject({ isMet: false, detail: 'The audience you chose is no longer in your list: choose again.' });
    const unfinished = example();
    unfinished.audiences[0]!.needs = '';
    expect(rule(unfinished, 'One of the audiences').detail).toMatch(/^Finish evaluating “Existing customers/);
    unfinished.plan.audienceId = '';
    expect(rule(unfinished, 'One of the audiences').detail).toBe('Choose the audience your plan is for.');
  });

  it('counts activities with a date, a channel and a message; owner and measure are good practice only', () => {
    const data = example();
    data.activities = data.activities.slice(0, 3);
    for (const activity of data.activities) {
      activity.owner = '';
      activity.measure = '';
    }
    expect(rule(data, 'At least three communication activities').isMet).toBe(true);
    expect(communicationPlanGoodPractice(data).find((g) => g.label.startsWith('Every planned activity'))?.isMet).toBe(false);
    data.activities[2]!.date = '';
    expect(rule(data, 'At least three communication activities')).toMatchObject({ isMet: false, detail: '2 activities with a date, a channel and a message (at least 3 needed).' });
  });

  it('needs every pair rated, what they show and the areas to improve', () => {
    const data = example();
    data.preferences.ratings[3] = null;
    data.preferences.improvementAreas = '';
    expect(rule(data, 'Your own communication preferences').detail).toBe('7 of 8 pairs rated: rate every pair. Name the areas you could improve.');
  });

  it('needs two actions that between them cover colleagues and customers; “both” covers both', () => {
    const data = example();
    data.actions = data.actions.slice(0, 2);
    expect(data.actions.map((a) => a.audience)).toEqual(['customers', 'customers']);
    expect(rule(data, 'At least two actions')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^Add an action for your colleagues/) });
    data.actions[1]!.audience = 'both';
    expect(rule(data, 'At least two actions').isMet).toBe(true);
    data.actions = data.actions.slice(0, 1);
    expect(rule(data, 'At least two actions').detail).toBe(
      '1 actions with what you will do and whom it is for (at least 2 needed). Add an action for your colleagues: between them, the actions cover colleagues and customers.',
    );
  });

  it('needs three explained barriers, one at each level, and names the level missing', () => {
    const data = example();
    data.barriers[1]!.overcome = '';
    expect(rule(data, 'At least three barriers').isMet).toBe(false);
    expect(rule(data, 'One individual, one team')).toMatchObject({ isMet: false, detail: 'No team barrier explained yet.' });
    data.barriers[1]!.overcome = 'Fixed';
    data.barriers[2]!.level = 'team';
    expect(rule(data, 'At least three barriers').isMet).toBe(true);
    expect(rule(data, 'One individual, one team').detail).toBe('No organisational barrier explained yet.');
    data.barriers = [];
    expect(rule(data, 'One individual, one team').detail).toBe('No individual, team or organisational barrier explained yet.');
  });

  it('places every rule in a section of the worksheet, each AC named in its label', () => {
    for (const check of communicationPlanCompleteness(example())) {
      expect(check.sections?.length).toBeGreaterThan(0);
      expect(check.label).toMatch(/\(AC \d\.\d(, \d\.\d)*\)$/);
    }
  });
});
