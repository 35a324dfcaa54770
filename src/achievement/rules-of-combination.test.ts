import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRulesOfCombination, totalCredits, achievedUnits } from './rules-of-combination';
import { APPRENTICESHIP_UNITS, QUADRANTS, UNITS } from './units';

const verdicts = (codes: string[]) => Object.fromEntries(checkRulesOfCombination(codes).map((c) => [c.id, c]));

describe('the unit catalogue', () => {
  it('matches the specification’s totals: the Apprenticeship Diploma is 11 units, 40 credits, 200 GLH, 400 TQT', () => {
    const units = achievedUnits(APPRENTICESHIP_UNITS);
    expect(units).toHaveLength(11);
    expect(totalCredits(units)).toBe(40);
    expect(units.reduce((sum, u) => sum + u.glh, 0)).toBe(200);
    expect(units.reduce((sum, u) => sum + u.tqt, 0)).toBe(400);
  });

  it('has 27 units with unique codes, every one in a quadrant, TQT twice GLH', () => {
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(27);
    for (const quadrant of QUADRANTS) expect(UNITS.some((u) => u.quadrant === quadrant)).toBe(true);
    for (const u of UNITS) expect(u.tqt).toBe(2 * u.glh);
  });
});

describe('rules of combination, on worked learner cases', () => {
  it('the eleven Apprenticeship units meet the Apprenticeship Diploma and the Certificate, not the Diploma', () => {
    const v = verdicts([...APPRENTICESHIP_UNITS]);
    expect(v['apprenticeship-diploma']?.isMet).toBe(true);
    expect(v.certificate?.isMet).toBe(true);
    expect(v.certificate?.notes).toEqual(['You have 40 credits; at most 36 count towards this Certificate.']);
    // 40 credits, but only two Business units (L3B1, L3B5) and one Self unit (L3S3).
    expect(v.diploma?.isMet).toBe(false);
    expect(v.diploma?.missing).toEqual(['1 more Business unit (2 of at least 3)', '1 more Self unit (1 of at least 2)']);
  });

  it('two Awards and Stress Management make a Certificate: 18 credits, 2 Business, 2 Core, 1 Self', () => {
    // Award in Understanding Organisations and Sales Communication (L3B1 3 + L3B2 3),
    // Award in Negotiating and Closing Sales (L3C2 4 + L3C3 5), and L3S2 (3).
    const v = verdicts(['L3B1', 'L3B2', 'L3C2', 'L3C3', 'L3S2']);
    expect(v.certificate).toMatchObject({ isMet: true, missing: [], notes: [] });
    expect(v.diploma?.missing).toEqual([
      '19 more credits (18 of at least 37)',
      '1 more Business unit (2 of at least 3)',
      '2 more Core units (2 of at least 4)',
      '1 more Leadership unit (0 of at least 1)',
      '1 more Self unit (1 of at least 2)',
    ]);
  });

  it('one credit short of a Certificate says so', () => {
    const v = verdicts(['L3B3', 'L3B2', 'L3C1', 'L3C6', 'L3S1']);
    expect(totalCredits(achievedUnits(['L3B3', 'L3B2', 'L3C1', 'L3C6', 'L3S1']))).toBe(12);
    expect(v.certificate?.missing).toEqual(['1 more credit (12 of at least 13)']);
  });

  it('enough credits but no Leadership or Self unit is not a Certificate', () => {
    const v = verdicts(['L3B1', 'L3B5', 'L3C3', 'L3C5']);
    expect(v.certificate?.missing).toEqual(['1 more Leadership or Self unit']);
  });

  it('a Diploma: 37 credits with 3 Business, 4 Core, 1 Leadership and 2 Self units', () => {
    const codes = ['L3B1', 'L3B2', 'L3B5', 'L3C1', 'L3C2', 'L3C3', 'L3C5', 'L3L3', 'L3S2', 'L3S3'];
    expect(totalCredits(achievedUnits(codes))).toBe(37);
    expect(verdicts(codes).diploma).toMatchObject({ isMet: true, missing: [] });
  });

  it('counts a unit once however often it is listed, and ignores codes the specification does not have', () => {
    expect(totalCredits(achievedUnits(['L3B1', 'L3B1', 'X9Z9']))).toBe(3);
  });

  it('never takes a qualification away when another unit is achieved', () => {
    const codes = fc.subarray(UNITS.map((u) => u.code));
    fc.assert(
      fc.property(codes, fc.constantFrom(...UNITS.map((u) => u.code)), (achieved, extra) => {
        const before = checkRulesOfCombination(achieved);
        const after = checkRulesOfCombination([...achieved, extra]);
        before.forEach((check, index) => {
          if (check.isMet) expect(after[index]?.isMet).toBe(true);
          expect(check.isMet).toBe(check.missing.length === 0);
        });
      }),
    );
  });
});
