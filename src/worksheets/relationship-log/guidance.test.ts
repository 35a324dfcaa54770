import { describe, expect, it } from 'vitest';
import L3L1Content from '../../lib/spec/content/L3L1';
import { normalise } from '../../lib/spec/spec-text';
import { RULE_SOURCES, SPEC_CONTENT } from './guidance';
import { relationshipLogMeta } from './meta';

const guidanceOf = (outcome: number) => normalise((L3L1Content.outcomes[outcome]?.guidance ?? []).join(' '));

describe('the rules’ sources are the spec’s words', () => {
  it('quotes each rule from the L3L1 assessor guidance of the LO it names', () => {
    for (const [id, source] of Object.entries(RULE_SOURCES)) {
      const outcome = source.where.includes('LO1') ? 1 : 2;
      expect(guidanceOf(outcome), `${id}: "${source.quote}"`).toContain(normalise(source.quote));
    }
  });

  it('quotes the indicative content whole, as the unit’s content module holds it', () => {
    const all = Object.values(L3L1Content.outcomes).flatMap((outcome) => outcome.indicativeContent);
    for (const bullet of Object.values(SPEC_CONTENT)) expect(all).toContain(bullet);
  });

  it('claims the AC its sections evidence, in the spec’s own wording, and not 2.2', () => {
    expect(relationshipLogMeta.criteria.map((c) => c.code)).toEqual(['1.1', '1.2', '2.1', '2.3', '2.4']);
    expect(relationshipLogMeta.criteria.find((c) => c.code === '2.4')?.text).toBe('Resolve relationship challenges in a professional manner');
  });
});
