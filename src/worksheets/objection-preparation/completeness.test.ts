import { describe, expect, it } from 'vitest';
import { objectionPreparationCompleteness, objectionPreparationGoodPractice, techniquesUsed } from './completeness';
import { createObjectionPreparationExample } from './example';
import { createEmptyObjectionPreparation, type ObjectionPreparationData } from './model';

const example = () => createObjectionPreparationExample().data;
const rule = (data: ObjectionPreparationData, label: RegExp) => {
  const found = objectionPreparationCompleteness(data).find((item) => label.test(item.label));
  if (!found) throw new Error(`No rule ${label}`);
  return found;
};

describe('the assessor guidance as completeness rules', () => {
  it('meets every rule with the worked example and none with a blank document', () => {
    expect(objectionPreparationCompleteness(example()).filter((i) => !i.isMet)).toEqual([]);
    expect(objectionPreparationCompleteness(createEmptyObjectionPreparation()).filter((i) => i.isMet)).toEqual([]);
  });

  it('quotes where each rule comes from, and names the AC it evidences', () => {
    const labels = objectionPreparationCompleteness(example()).map((i) => i.label);
    expect(labels.filter((l) => /“at sales meetings with at least two prospects”|“at least two techniques”|“observed by their line manager/.test(l))).toHaveLength(3);
    for (const code of ['2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4']) expect(labels.some((l) => l.includes(`AC ${code}`))).toBe(true);
  });

  it('asks for at least two prospects, each named, with a dated meeting and what is known', () => {
    const data = example();
    data.prospects[1]!.meetingDate = '';
    expect(rule(data, /^Sales meetings with at least 2 prospects/)).toMatchObject({
      isMet: false,
      detail: '1 of 2 prospects described. Brindle Valley Foods Ltd: add the name, the meeting date and what you know.',
    });
    // The prospect not described no longer counts for its objections either.
    expect(rule(data, /^The objections you expect/).isMet).toBe(false);
  });

  it('counts an objection as prepared only with its kind, the concern under it and a response', () => {
    const data = example();
    for (const objection of data.prospects[0]!.objections) objection.response = ' ';
    expect(rule(data, /^The objections you expect/)).toMatchObject({ isMet: false, detail: expect.stringContaining('1 of 2 prospects have an objection prepared. Harlow & Pike Dental Group:') });
    data.prospects[0]!.objections[0]!.response = 'Show the cost of a lost day.';
    data.prospects[0]!.objections[0]!.type = '';
    expect(rule(data, /^The objections you expect/).isMet).toBe(false);
  });

  it('asks for a source of the review and the previous objections grouped, counted and answered', () => {
    const data = example();
    data.sources = [];
    expect(rule(data, /^Previous customer objections reviewed/)).toMatchObject({ isMet: false, detail: 'Name at least one colleague you consulted or the records you reviewed.' });

    const ungrouped = example();
    ungrouped.previous[0]!.concernId = '';
    expect(rule(ungrouped, /^The previous objections grouped/)).toMatchObject({ isMet: false, detail: '1 previous objection is not grouped under a concern yet.' });

    const unreadable = example();
    unreadable.previous[1]!.times = 'often';
    expect(rule(unreadable, /^The previous objections grouped/)).toMatchObject({ isMet: false, detail: '1 previous objection needs how many times it came up, as a whole number from 1.' });

    const unanswered = example();
    unanswered.concerns[1]!.response = '';
    expect(rule(unanswered, /^The previous objections grouped/)).toMatchObject({ isMet: false, detail: 'Write a response to Afraid the change will disrupt the business.' });
  });

  it('counts different techniques, each dated with what was done and how it helped, and none dated after its meeting', () => {
    const data = example();
    expect(techniquesUsed(data)).toEqual(['role-play', 'visualisation', 'breathing']);
    data.mindset = data.mindset.map((e) => ({ ...e, technique: 'visualisation' }));
    expect(rule(data, /techniques to create a positive mindset/)).toMatchObject({ isMet: false, detail: '1 of 2 techniques recorded in full.' });

    const others = example();
    others.mindset = others.mindset.slice(0, 2).map((e, i) => ({ ...e, technique: 'other', otherName: i ? 'Power pose' : 'power pose ' }));
    expect(techniquesUsed(others)).toEqual(['other:power pose']);

    const late = example();
    late.mindset = late.mindset.slice(0, 2);
    late.mindset[1]!.date = '2026-10-22';
    expect(rule(late, /techniques to create a positive mindset/).isMet).toBe(false);
  });

  it('asks for two observed meetings with different prospects, an observer in a role the guidance names, and the customer’s permission', () => {
    const data = example();
    data.observations[1]!.customerPermission = false;
    expect(rule(data, /observed by your line manager/)).toMatchObject({ isMet: false, detail: expect.stringMatching(/^1 of 2 observed meetings/) });
    expect(rule(data, /questions you used/).isMet).toBe(false);

    const same = example();
    same.observations[1]!.prospectId = same.observations[0]!.prospectId;
    expect(rule(same, /observed by your line manager/).isMet).toBe(false);

    const noRole = example();
    noRole.observations[0]!.observerRole = '';
    expect(rule(noRole, /observed by your line manager/).isMet).toBe(false);
  });

  it('checks each part of the observation record for both meetings (AC 3.1–3.4)', () => {
    for (const [part, label] of [
      ['questions', /AC 3\.1/],
      ['objectionsExplored', /AC 3\.2/],
      ['signals', /AC 3\.3/],
      ['overcome', /AC 3\.4/],
    ] as const) {
      const data = example();
      data.observations[0]![part] = '';
      expect(rule(data, label).isMet).toBe(false);
      expect(objectionPreparationCompleteness(data).filter((i) => !i.isMet)).toHaveLength(1);
    }
  });
});

describe('good practice beyond the specification', () => {
  it('is never one of the completeness rules, so it never blocks “complete”', () => {
    const data = example();
    for (const prospect of data.prospects) prospect.objections = prospect.objections.filter((o) => o.type === 'price' || o.type === 'competitor');
    data.sources = data.sources.slice(1);
    data.mindset = data.mindset.map((e) => ({ ...e, prospectId: '' }));
    expect(objectionPreparationCompleteness(data).every((i) => i.isMet)).toBe(true);
    expect(objectionPreparationCompleteness(data).some((i) => /good practice/i.test(i.label))).toBe(false);
    expect(objectionPreparationGoodPractice(data).map((i) => i.isMet)).toEqual([false, false, true, false]);
  });

  it('is all met by the worked example, and says so in its labels', () => {
    const items = objectionPreparationGoodPractice(example());
    expect(items.every((i) => i.isMet && i.label.startsWith('Good practice: '))).toBe(true);
  });
});
