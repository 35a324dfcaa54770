import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPestleExample } from './example';
import {
  createEmptyPestle,
  newExternalFactor,
  newInternalForce,
  parsePestle,
  PESTLE_HEADINGS,
  PESTLE_SCHEMA_VERSION,
  type ExternalFactor,
  type PestleData,
} from './model';
import { pestleCompleteness } from './completeness';
import { summarise } from '../../lib/completeness';
import { priorityScore, rankForces } from './calculations';
import { pestleEvidenceBlocks } from './pdf';
import { priorityChartRows } from './chart-data';

const rated = (id: string, factor: string, impactRating: number, likelihood: number): ExternalFactor => ({
  ...newExternalFactor(id, 'economic'),
  factor,
  impactRating,
  likelihood,
  direction: 'threat',
});

const checkNamed = (data: PestleData, start: string) => pestleCompleteness(data).find((c) => c.label.startsWith(start))!;

describe('priority score', () => {
  it('multiplies impact by likelihood', () => {
    expect(priorityScore({ impactRating: 4, likelihood: 5 })).toBe(20);
    expect(priorityScore({ impactRating: 1, likelihood: 1 })).toBe(1);
  });
  it('is null until both ratings are chosen', () => {
    expect(priorityScore({ impactRating: 4, likelihood: null })).toBeNull();
    expect(priorityScore({ impactRating: null, likelihood: 3 })).toBeNull();
  });
});

describe('ranking', () => {
  it('ranks by impact × likelihood, ties share a rank and higher impact comes first', () => {
    const data = createEmptyPestle();
    data.external = [rated('a', 'Low', 1, 2), rated('b', 'Tie likely', 2, 5), rated('c', 'Top', 5, 5), rated('d', 'Tie severe', 5, 2)];
    const ranked = rankForces(data);
    expect(ranked.map((r) => [r.force.factor, r.score, r.rank])).toEqual([
      ['Top', 25, 1],
      ['Tie severe', 10, 2],
      ['Tie likely', 10, 2],
      ['Low', 2, 4],
    ]);
  });

  it('leaves out unrated and blank forces and includes internal ones', () => {
    const data = createEmptyPestle();
    data.external = [rated('a', 'Rated', 3, 3), { ...rated('b', '  ', 5, 5) }, { ...rated('c', 'Unrated', 5, 5), likelihood: null }];
    data.internal = [{ ...newInternalForce('i'), factor: 'Old CRM', impactRating: 4, likelihood: 4 }];
    expect(rankForces(data).map((r) => [r.force.factor, r.kind])).toEqual([
      ['Old CRM', 'internal'],
      ['Rated', 'external'],
    ]);
  });

  it('always returns every rated force in non-increasing score order with ranks 1..n', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }), rating, rating), { maxLength: 40 }), (rows) => {
        const data = createEmptyPestle();
        data.external = rows.map(([factor, impactRating, likelihood], i) => ({
          ...newExternalFactor(`f${i}`, PESTLE_HEADINGS[i % 6]!),
          factor: `x${factor}`,
          impactRating,
          likelihood,
        }));
        const ranked = rankForces(data);
        expect(ranked.length).toBe(rows.filter(([, a, b]) => a !== null && b !== null).length);
        ranked.forEach((entry, i) => {
          expect(entry.score).toBeGreaterThanOrEqual(1);
          expect(entry.score).toBeLessThanOrEqual(25);
          if (i > 0) expect(entry.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
          expect(entry.rank).toBeLessThanOrEqual(i + 1);
        });
      }),
    );
  });
});

describe('completeness', () => {
  it('starts with every rule not yet met', () => {
    expect(pestleCompleteness(createEmptyPestle()).every((c) => !c.isMet)).toBe(true);
  });

  it('the worked example meets every rule', () => {
    const checks = pestleCompleteness(createPestleExample().data);
    expect(checks.filter((c) => !c.isMet)).toEqual([]);
    expect(checks.length).toBe(9);
  });

  it('names the PESTLE headings still missing', () => {
    const data = createPestleExample().data;
    data.external = data.external.filter((f) => f.heading !== 'legal' && f.heading !== 'social');
    expect(checkNamed(data, 'Factors under all six')).toMatchObject({ isMet: false, detail: 'Missing: Social and Legal.' });
  });

  it('needs three internal forces, not two', () => {
    const data = createPestleExample().data;
    data.internal = data.internal.slice(0, 2);
    expect(checkNamed(data, 'At least three internal')).toMatchObject({ isMet: false, detail: '2 described (at least 3 needed).' });
  });

  it('names the PESTLE factor whose sales implication is missing', () => {
    const data = createPestleExample().data;
    data.external[0] = { ...data.external[0]!, salesImplication: ' ' };
    expect(checkNamed(data, 'Each PESTLE factor says what it means for sales')).toMatchObject({
      isMet: false,
      detail: 'Still to do for Political: Boiler Upgrade Scheme grant continues.',
    });
  });

  it('marks the rules the spec does not set as good practice, saying so, and they never block complete', () => {
    const data = createPestleExample().data;
    data.summary = { opportunities: '', threats: '' };
    data.internal[0] = { ...data.internal[0]!, salesImplication: '', direction: '', impactRating: null };
    data.external[0] = { ...data.external[0]!, direction: '', likelihood: null };
    const checks = pestleCompleteness(data);
    const goodPractice = checks.filter((c) => c.isGoodPractice).map((c) => c.label);
    expect(goodPractice).toEqual([
      'Each force marked as an opportunity or a threat, with impact and likelihood rated',
      'Each internal force says what it means for sales',
      'A written summary of the key opportunities and threats',
    ]);
    expect(checks.filter((c) => !c.isGoodPractice).every((c) => c.isMet)).toBe(true);
    expect(summarise(checks)).toMatchObject({ met: 6, total: 6 });
    for (const c of checks) expect(c.source, c.label).toMatch(c.isGoodPractice ? /^Good practice, not set by the specification: / : /^L3B2 /);
  });

  it('needs the organisation named and marked own or case study', () => {
    const data = createPestleExample().data;
    data.organisation.kind = '';
    expect(checkNamed(data, 'One named organisation')).toMatchObject({ isMet: false });
    data.organisation = { ...data.organisation, kind: 'own', name: '' };
    expect(checkNamed(data, 'One named organisation').detail).toBe('Add its name.');
  });
});

describe('stored data and versions', () => {
  it('refuses data from a newer version with a plain reason', () => {
    const result = parsePestle(createEmptyPestle(), PESTLE_SCHEMA_VERSION + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/newer version of the toolkit/);
  });

  it('refuses out-of-range ratings and says where', () => {
    const data = createPestleExample().data as unknown as { external: Array<{ impactRating: number }> };
    data.external[0]!.impactRating = 9;
    const result = parsePestle(data, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('external › item 1 › impactRating');
  });

  it('refuses a missing or nonsense version', () => {
    expect(parsePestle(createEmptyPestle(), 0).ok).toBe(false);
    expect(parsePestle(createEmptyPestle(), Number.NaN).ok).toBe(false);
  });
});

describe('PDF content', () => {
  it('puts every factor, its sales implication and the summary into the blocks', () => {
    const { data } = createPestleExample();
    const text = JSON.stringify(pestleEvidenceBlocks(data));
    for (const force of [...data.external, ...data.internal]) {
      expect(text).toContain(force.factor);
      expect(text).toContain(force.salesImplication);
    }
    expect(text).toContain(data.summary.threats);
  });

  it('charts the top forces with their direction as words', () => {
    const rows = priorityChartRows(createPestleExample().data, 3);
    expect(rows).toEqual([
      { label: 'Boiler Upgrade Scheme grant continues', value: 20, group: 'Opportunity', colour: '#1b6e3a' },
      { label: 'Energy prices stay above 2021 levels', value: 20, group: 'Opportunity', colour: '#1b6e3a' },
      { label: 'Outdated CRM system', value: 20, group: 'Threat', colour: '#b3261e' },
    ]);
  });
});
