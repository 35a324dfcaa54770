import { describe, expect, it } from 'vitest';
import fixture from './fixtures/v1.json';
import { createNegotiationPlanExample } from './example';
import { createEmptyNegotiationPlan, NEGOTIATION_PLAN_SCHEMA_VERSION, negotiationName, parseNegotiationPlan } from './model';

describe('the negotiation plan’s data', () => {
  it('starts with two negotiations (the guidance’s “at least two”), each with two micro closes and a trial close to fill', () => {
    const empty = createEmptyNegotiationPlan();
    expect(empty.negotiations).toHaveLength(2);
    expect(empty.negotiations[0]!.observed.microCloses).toHaveLength(2);
    expect(empty.negotiations[0]!.observed.trialCloses).toHaveLength(1);
    expect(new Set(empty.negotiations.map((n) => n.id)).size).toBe(2);
  });

  it('reads version 1 as saved, keeping a half-typed figure as typed', () => {
    const parsed = parseNegotiationPlan(fixture, 1);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.negotiations[1]!.concessions[2]!.cost).toBe('about £80');
    expect(NEGOTIATION_PLAN_SCHEMA_VERSION).toBe(1);
  });

  it('refuses an observer in a role the guidance does not name and a date not on the calendar', () => {
    const data = createNegotiationPlanExample().data;
    data.negotiations[0]!.observed.observerRole = 'friend' as never;
    expect(parseNegotiationPlan(data, 1).ok).toBe(false);
    const bad = createNegotiationPlanExample().data;
    bad.negotiations[0]!.date = '2026-02-30';
    expect(parseNegotiationPlan(bad, 1).ok).toBe(false);
  });

  it('names a negotiation by its customer once given', () => {
    expect(negotiationName({ customer: '  ' }, 1)).toBe('Negotiation 2');
    expect(negotiationName({ customer: ' Ridgeway Academy Trust ' }, 1)).toBe('Negotiation 2: Ridgeway Academy Trust');
  });
});
