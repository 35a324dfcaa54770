import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesByDate, evidencedPeople, fieldProblems, isEvidencedEntry, quadrantOf, QUADRANTS } from './calculations';
import { mapPoints, SPREAD } from './chart-data';
import { newEvidenceEntry, newPerson, newRelationship, newChallenge, type EvidenceEntry, type Person } from './model';

const TODAY = '2026-11-30';
const person = (over: Partial<Person>): Person => ({ ...newPerson(), ...over });
const entry = (over: Partial<EvidenceEntry>): EvidenceEntry => ({
  ...newEvidenceEntry(),
  date: '2026-10-05',
  whatIDid: 'Checked stock first',
  kind: 'email',
  evidence: 'Email thread, E2',
  outcome: 'Delivered on time',
  ...over,
});

describe('quadrantOf: where a person sits on the map, split at 3', () => {
  it('names each corner of the grid', () => {
    expect(quadrantOf(5, 5)).toBe('manage-closely');
    expect(quadrantOf(5, 1)).toBe('keep-satisfied');
    expect(quadrantOf(1, 5)).toBe('keep-informed');
    expect(quadrantOf(1, 1)).toBe('monitor');
    expect(quadrantOf(3, 3)).toBe('manage-closely');
    expect(quadrantOf(2, 3)).toBe('keep-informed');
  });

  it('puts every pair of ratings in exactly one part, and more influence never moves someone down the grid', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(rating, rating, rating, (influence, interest, more) => {
        const quadrant = quadrantOf(influence, interest);
        expect(QUADRANTS).toContain(quadrant);
        const isHigh = (q: string) => q === 'manage-closely' || q === 'keep-satisfied';
        if (isHigh(quadrant)) expect(isHigh(quadrantOf(Math.max(influence, more), interest))).toBe(true);
      }),
    );
  });
});

describe('mapPoints', () => {
  it('places rated people at their ratings and leaves out anyone not rated on both', () => {
    const points = mapPoints([person({ id: 'a', name: ' Priya ', influence: '3', interest: '4' }), person({ id: 'b', name: 'Tom', influence: '4' })]);
    expect(points).toEqual([{ id: 'a', number: 1, name: 'Priya', influence: 3, interest: 4, quadrant: 'manage-closely', x: 4, y: 3 }]);
  });

  it('spreads people with the same ratings round their square, keeping their ratings exact', () => {
    const people = [1, 2, 3].map((n) => person({ id: `p${n}`, name: `P${n}`, influence: '2', interest: '2' }));
    const points = mapPoints(people);
    expect(points.map((p) => [p.influence, p.interest])).toEqual([[2, 2], [2, 2], [2, 2]]);
    expect(new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(3);
    for (const p of points) expect(Math.hypot(p.x - 2, p.y - 2)).toBeCloseTo(SPREAD);
  });

  it('names an unnamed person by their place in the list', () => {
    expect(mapPoints([person({}), person({ influence: '1', interest: '1' })])[0]?.name).toBe('Person 2');
  });
});

describe('evidence entries', () => {
  it('counts an entry dated no later than today with what was done, the evidence and what came of it', () => {
    expect(isEvidencedEntry(entry({}), TODAY)).toBe(true);
    expect(isEvidencedEntry(entry({ date: TODAY }), TODAY)).toBe(true);
    expect(isEvidencedEntry(entry({ date: '2026-12-01' }), TODAY)).toBe(false);
    expect(isEvidencedEntry(entry({ date: '' }), TODAY)).toBe(false);
    expect(isEvidencedEntry(entry({ kind: '' }), TODAY)).toBe(false);
    expect(isEvidencedEntry(entry({ outcome: ' ' }), TODAY)).toBe(false);
  });

  it('counts two relationships with one person once', () => {
    const people = [person({ id: 'a', name: 'Priya' }), person({ id: 'b', name: 'Tom' })];
    const withPriya = { ...newRelationship(), personId: 'a', entries: [entry({})] };
    expect(evidencedPeople({ people, relationships: [withPriya, { ...withPriya, id: 'x' }] }, TODAY)).toEqual(['a']);
    expect(evidencedPeople({ people, relationships: [withPriya, { ...withPriya, id: 'y', personId: 'b' }] }, TODAY)).toEqual(['a', 'b']);
  });

  it('orders entries by date, undated last in the learner’s order', () => {
    const [a, b, c] = [entry({ id: 'a', date: '2026-10-05' }), entry({ id: 'b', date: '' }), entry({ id: 'c', date: '2026-09-01' })];
    expect(entriesByDate([a, b, c]).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('fieldProblems', () => {
  it('is empty for a blank log', () => {
    expect(fieldProblems({ people: [newPerson('colleague')], relationships: [newRelationship()], challenges: [newChallenge()] }, TODAY)).toEqual({});
  });

  it('says at the field when two colleagues share a role, a person is gone, a relationship repeats someone, or a date is after today', () => {
    const people = [person({ id: 'a', name: 'Priya', kind: 'colleague', role: 'Sales  Administrator' }), person({ id: 'b', name: 'Sam', kind: 'colleague', role: 'sales administrator' })];
    const relationships = [
      { ...newRelationship(), personId: 'a' },
      { ...newRelationship(), personId: 'a', entries: [entry({ date: '2026-12-25' })] },
      { ...newRelationship(), personId: 'gone' },
    ];
    const challenges = [{ ...newChallenge(), personId: 'gone', date: '2027-01-02' }];
    expect(fieldProblems({ people, relationships, challenges }, TODAY)).toEqual({
      'people.1.role': 'Priya has this role too: the guidance asks for colleagues in different roles, so they count once.',
      'relationships.1.personId': 'Relationship 1 is with Priya too: choose someone else, so the log shows two relationships.',
      'relationships.1.entries.0.date': '25 December 2026 is after today (30 November 2026): log what you have already done, dated the day you did it.',
      'relationships.2.personId': 'The person you chose is no longer on your list: choose again.',
      'challenges.0.personId': 'The person you chose is no longer on your list: choose again.',
      'challenges.0.date': '2 January 2027 is after today (30 November 2026): log what you have already done, dated the day you did it.',
    });
  });

  it('does not compare the roles of stakeholders, who may share one', () => {
    const people = [person({ kind: 'external', role: 'Buyer' }), person({ kind: 'external', role: 'Buyer' })];
    expect(fieldProblems({ people, relationships: [], challenges: [] }, TODAY)).toEqual({});
  });
});
