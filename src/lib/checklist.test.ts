import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goodPracticeRule, goodPracticeRules, requiredCount, requiredRules, specRule } from './checklist';
import { summarise } from './completeness';

describe('spec rules and good practice', () => {
  const rules = [
    specRule({ label: 'Three internal forces', isMet: true }, 'L3B2 assessor guidance, LO2'),
    specRule({ label: 'Six headings', isMet: false }, 'L3B2 AC 2.3'),
    goodPracticeRule({ label: 'A written summary', isMet: false }, 'it pulls the analysis together'),
  ];

  it('says where each rule comes from, and marks the good practice', () => {
    expect(rules.map((r) => [r.source, r.isGoodPractice ?? false])).toEqual([
      ['L3B2 assessor guidance, LO2', false],
      ['L3B2 AC 2.3', false],
      ['Good practice, not set by the specification: it pulls the analysis together', true],
    ]);
    expect(requiredRules(rules).map((r) => r.label)).toEqual(['Three internal forces', 'Six headings']);
    expect(goodPracticeRules(rules).map((r) => r.label)).toEqual(['A written summary']);
  });

  it('counts only the spec’s rules towards complete: good practice unmet never blocks it', () => {
    const allSpecMet = rules.map((r) => (r.isGoodPractice ? r : { ...r, isMet: true }));
    expect(requiredCount(allSpecMet)).toEqual({ met: 2, total: 2 });
    expect(summarise(allSpecMet)).toEqual({ met: 2, total: 2 });
  });

  it('never counts good practice, met or not (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ isMet: fc.boolean(), isGoodPractice: fc.boolean() })), (flags) => {
        const items = flags.map((f, i) => ({ label: `rule ${i}`, ...f }));
        const spec = flags.filter((f) => !f.isGoodPractice);
        expect(summarise(items)).toEqual({ met: spec.filter((f) => f.isMet).length, total: spec.length });
      }),
    );
  });
});
