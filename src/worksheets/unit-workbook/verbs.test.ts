import { describe, expect, it } from 'vitest';
import { ALL_UNIT_SPECS } from '../../lib/spec/all-units';
import { VERBS, verbGuide, verbOf } from './verbs';

describe('command verbs', () => {
  it('covers the verb of every AC of the 27 units', () => {
    const verbs = ALL_UNIT_SPECS.flatMap((unit) => unit.outcomes.flatMap((outcome) => outcome.criteria.map((c) => verbOf(c.text))));
    expect(verbs.length).toBeGreaterThan(200);
    expect([...new Set(verbs)].filter((verb) => !(verb in VERBS))).toEqual([]);
  });

  it('covers the verbs assessors most often set, including compare and reflect', () => {
    for (const verb of ['explain', 'describe', 'identify', 'analyse', 'evaluate', 'assess', 'compare', 'outline', 'summarise', 'define', 'demonstrate', 'plan', 'review', 'reflect', 'use']) {
      expect(VERBS[verb]?.asks, verb).toMatch(/\w/);
    }
  });

  it('reads the verb from the start of the AC, whatever its case', () => {
    expect(verbGuide('Explain the importance of effective communication').verb).toBe('explain');
    expect(verbGuide('  Use questions to identify').isDoing).toBe(true);
    expect(verbGuide('Ponder the matter').asks).toMatch(/in your own words/);
  });
});
