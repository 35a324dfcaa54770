import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredCount } from '../../lib/checklist';
import { witnessTestimonyCompleteness, witnessTestimonyGoodPractice, witnessTestimonyRules } from './completeness';
import { createWitnessTestimonyExample } from './example';
import { createEmptyWitnessTestimony, type WitnessTestimonyData } from './model';

const example = () => createWitnessTestimonyExample().data;
const unmet = (data: WitnessTestimonyData) => witnessTestimonyRules(data).filter((r) => !r.isMet).map((r) => r.label);

/** The least a testimony needs: a unit, two AC with accounts, the witness, the date. */
function minimal(): WitnessTestimonyData {
  return {
    ...createEmptyWitnessTestimony(),
    unit: 'L3L1',
    observed: [
      { code: '2.2', account: 'Stayed late with the team to get the tender out.' },
      { code: '2.4', account: 'Sorted out the rota clash with Dev calmly.' },
    ],
    witness: { ...createEmptyWitnessTestimony().witness, name: 'Ana Silva', role: 'Account Director', relationship: 'senior-colleague' },
    observedFrom: '2026-09-01',
  };
}

describe('witness testimony: the rules', () => {
  it('an empty testimony meets none of them', () => {
    expect(witnessTestimonyCompleteness(createEmptyWitnessTestimony()).filter((r) => r.isMet)).toEqual([]);
  });

  it('the worked example meets every rule and every good practice', () => {
    expect(witnessTestimonyCompleteness(example()).filter((r) => !r.isMet)).toEqual([]);
  });

  it('a unit, the AC with an account each, the witness’s name, role and relationship and the date are enough to complete', () => {
    expect(unmet(minimal())).toEqual([]);
    // The rest is good practice: shown, not counted.
    expect(witnessTestimonyGoodPractice(minimal()).filter((r) => !r.isMet).map((r) => r.isGoodPractice)).toEqual([true, true, true]);
  });

  it('names each AC still without an account', () => {
    const data = minimal();
    data.observed[1]!.account = '  ';
    const rule = witnessTestimonyRules(data).find((r) => r.label.startsWith('An account'))!;
    expect(rule).toMatchObject({ isMet: false, detail: 'Still to write: AC 2.4.', field: 'observed.1.account', sections: ['accounts'] });
  });

  it('asks for the relationship in words when it is “Other”', () => {
    const data = minimal();
    data.witness.relationship = 'other';
    expect(unmet(data)).toEqual(['The witness’s relationship to you']);
    data.witness.relationshipOther = 'Our distributor’s area manager';
    expect(unmet(data)).toEqual([]);
  });

  it('refuses a last date before the first', () => {
    const data = { ...minimal(), observedTo: '2026-08-31' };
    expect(witnessTestimonyRules(data).find((r) => r.label === 'The date they saw it')).toMatchObject({ isMet: false, field: 'observedTo' });
  });

  it('does not count AC that are not the chosen unit’s', () => {
    const data = { ...minimal(), observed: [{ code: '9.1', account: 'Something' }] };
    expect(unmet(data)).toEqual(['At least one assessment criterion the witness saw you meet chosen', 'An account of what the witness saw for every criterion chosen']);
  });

  it('marks a knowledge AC as good practice to back up, never blocking', () => {
    const data = minimal();
    data.observed.unshift({ code: '1.1', account: 'Explained the team’s roles to a new starter.' });
    expect(unmet(data)).toEqual([]);
    const note = witnessTestimonyGoodPractice(data).find((r) => r.label.includes('skill'))!;
    expect(note).toMatchObject({ isMet: false, isGoodPractice: true });
    expect(note.detail).toContain('AC 1.1 is knowledge');
  });

  it('every rule says where it comes from, and no rule sets a number', () => {
    for (const rule of witnessTestimonyCompleteness(example())) {
      expect(rule.source?.trim()).toBeTruthy();
      expect(rule.label).not.toMatch(/\d/);
    }
  });

  it('is complete exactly when every chosen AC of the unit has an account (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('2.1', '2.2', '2.3', '2.4'), fc.constantFrom('', ' ', 'Saw it.')), { maxLength: 4 }), (rows) => {
        const observed = [...new Map(rows).entries()].map(([code, account]) => ({ code, account }));
        const data = { ...minimal(), observed };
        const isComplete = requiredCount(witnessTestimonyCompleteness(data)).met === requiredCount(witnessTestimonyCompleteness(data)).total;
        expect(isComplete).toBe(observed.length > 0 && observed.every((o) => o.account.trim() !== ''));
      }),
    );
  });
});
