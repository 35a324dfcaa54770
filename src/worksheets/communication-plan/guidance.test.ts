import { describe, expect, it } from 'vitest';
import L3B1Content from '../../lib/spec/content/L3B1';
import { normalise } from '../../lib/spec/spec-text';
import { RULE_SOURCES, SPEC_CONTENT } from './guidance';
import { communicationPlanMeta } from './meta';

const guidanceOf = (outcome: number) => normalise((L3B1Content.outcomes[outcome]?.guidance ?? []).join(' '));

describe('the rules’ sources are the spec’s words', () => {
  it('quotes each rule from the L3B1 assessor guidance of the LO it names', () => {
    for (const [id, source] of Object.entries(RULE_SOURCES)) {
      const outcome = source.where.includes('LO2') ? 2 : 3;
      expect(guidanceOf(outcome), `${id}: "${source.quote}"`).toContain(normalise(source.quote));
    }
  });

  it('quotes the indicative content whole, as the unit’s content module holds it', () => {
    const all = Object.values(L3B1Content.outcomes).flatMap((outcome) => outcome.indicativeContent);
    for (const bullet of Object.values(SPEC_CONTENT)) expect(all).toContain(bullet);
  });

  it('claims the AC in the spec’s own wording: 2.2, 2.3 and 3.1–3.3', () => {
    expect(communicationPlanMeta.criteria.map((c) => c.code)).toEqual(['2.2', '2.3', '3.1', '3.2', '3.3']);
    expect(communicationPlanMeta.criteria.find((c) => c.code === '3.2')?.text).toBe('Create a plan to communicate with a target audience');
  });
});
