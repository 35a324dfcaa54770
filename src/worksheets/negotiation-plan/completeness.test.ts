import { describe, expect, it } from 'vitest';
import { CLOSING_PARTS, CONDUCT_PARTS, negotiationPlanCompleteness, negotiationPlanGoodPractice } from './completeness';
import { createNegotiationPlanExample } from './example';
import { createEmptyNegotiationPlan, type NegotiationPlanData } from './model';

const example = () => createNegotiationPlanExample().data;
const rule = (data: NegotiationPlanData, start: string) => {
  const found = negotiationPlanCompleteness(data).find((r) => r.label.startsWith(start));
  if (!found) throw new Error(`No rule starting “${start}”`);
  return found;
};

describe('negotiationPlanCompleteness', () => {
  it('the worked example meets every rule; a blank document meets none', () => {
    expect(negotiationPlanCompleteness(example()).filter((r) => !r.isMet)).toEqual([]);
    expect(negotiationPlanCompleteness(createEmptyNegotiationPlan()).filter((r) => r.isMet)).toEqual([]);
  });

  it('quotes where every rule comes from, and names the section it is met in', () => {
    for (const r of negotiationPlanCompleteness(createEmptyNegotiationPlan())) {
      expect(r.source).toMatch(/^L3C3 /);
      expect(r.sections?.length).toBe(1);
    }
  });

  it('asks for two negotiations, and links to the first field still to do', () => {
    const data = example();
    data.negotiations[1]!.needs = '';
    const r = rule(data, 'At least 2 sales negotiations');
    expect(r).toMatchObject({ isMet: false, field: 'negotiations.1.needs' });
    expect(r.detail).toContain('1 of 2 negotiations have the customer, the date, their needs and your offer.');
    data.negotiations.pop();
    expect(rule(data, 'At least 2 sales negotiations').isMet).toBe(false);
  });

  it('needs the limits in order, and points at the figure that does not read', () => {
    const data = example();
    data.negotiations[0]!.walkAway = '£15,000';
    expect(rule(data, 'Your objective')).toMatchObject({ isMet: false, field: 'negotiations.0.ideal' });
    data.negotiations[0]!.walkAway = 'thirteen';
    expect(rule(data, 'Your objective')).toMatchObject({ isMet: false, field: 'negotiations.0.walkAway' });
  });

  it('counts a concession only with both figures, and an opportunity only with its question', () => {
    const data = example();
    data.negotiations[1]!.concessions = [{ id: 'x', what: 'Free delivery', cost: '£80', value: '', inReturn: '' }];
    expect(rule(data, 'The concessions')).toMatchObject({ isMet: false, field: 'negotiations.1.concessions.0.value' });
    data.negotiations[0]!.opportunities = [{ id: 'y', kind: 'up-sell', product: 'Gold plan', question: '' }];
    expect(rule(data, 'A cross- or up-selling')).toMatchObject({ isMet: false, field: 'negotiations.0.opportunities.0.question' });
  });

  it('asks for an observer in a role the guidance names, with the customer’s permission', () => {
    const data = example();
    data.negotiations[0]!.observed.customerPermission = false;
    expect(rule(data, 'Both negotiations observed')).toMatchObject({ isMet: false, field: 'negotiations.0.observed.customerPermission' });
  });

  it('asks for both kinds of buying signal and two micro closes in each negotiation', () => {
    const data = example();
    data.negotiations[1]!.observed.nonVerbalSignals = ' ';
    expect(rule(data, 'The verbal and the non-verbal')).toMatchObject({ isMet: false, field: 'negotiations.1.observed.nonVerbalSignals' });
    data.negotiations[0]!.observed.microCloses[1]!.said = '';
    expect(rule(data, 'At least 2 micro closes')).toMatchObject({ isMet: false, field: 'negotiations.0.observed.microCloses.1.said' });
  });

  it('needs the line manager’s confirmation of the records only where the observer is external', () => {
    const data = example();
    expect(data.negotiations[1]!.observed.isObserverExternal).toBe(true);
    data.negotiations[1]!.observed.isManagerConfirmed = false;
    expect(rule(data, 'The organisational records')).toMatchObject({ isMet: false, field: 'negotiations.1.observed.isManagerConfirmed' });
    data.negotiations[1]!.observed.isObserverExternal = false;
    expect(rule(data, 'The organisational records').isMet).toBe(true);
  });
});

describe('negotiationPlanGoodPractice', () => {
  it('is advice beyond the specification, labelled so, and the example meets it', () => {
    const items = negotiationPlanGoodPractice(example());
    expect(items.every((i) => i.label.startsWith('Good practice: '))).toBe(true);
    expect(items.filter((i) => !i.isMet)).toEqual([expect.objectContaining({ label: 'Good practice: at least two trial closes in each negotiation' })]);
  });

  it('notices a concession that costs more than it is worth', () => {
    const data = example();
    data.negotiations[0]!.concessions[0]!.cost = '£5,000';
    expect(negotiationPlanGoodPractice(data).find((i) => i.label.includes('worth at least as much'))?.isMet).toBe(false);
  });
});

describe('a negotiation folds on the conduct and closing pages only when that section’s rules hold for it', () => {
  const blanks = [
    (d: NegotiationPlanData) => void (d.negotiations[1]!.observed.winWin = ''),
    (d: NegotiationPlanData) => void (d.negotiations[0]!.observed.observerName = ''),
    (d: NegotiationPlanData) => void (d.negotiations[1]!.observed.microCloses = []),
    (d: NegotiationPlanData) => void (d.negotiations[0]!.observed.howClosed = ' '),
    (d: NegotiationPlanData) => void (d.negotiations[1]!.observed.trialCloses = []),
    (d: NegotiationPlanData) => void (d.negotiations[0]!.observed.recordsUpdated = ''),
  ];
  for (const [section, parts] of [['conduct', CONDUCT_PARTS], ['closing', CLOSING_PARTS]] as const) {
    it(`${section}: every negotiation done ⇔ every ${section} rule met`, () => {
      for (const blank of [() => undefined, ...blanks]) {
        const data = example();
        blank(data);
        const allDone = data.negotiations.every((n, i) => parts.every((part) => part(n, `negotiations.${i}`) === null));
        const rulesMet = negotiationPlanCompleteness(data).filter((r) => r.sections?.includes(section)).every((r) => r.isMet);
        expect(allDone).toBe(rulesMet);
      }
    });
  }
});
