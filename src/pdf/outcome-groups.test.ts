import { describe, expect, it } from 'vitest';
import { groupByOutcome } from './outcome-groups';

describe('the AC of an export under their learning outcomes', () => {
  it('puts each AC under its LO in the spec’s words, in the order the AC are given', () => {
    const groups = groupByOutcome('L3B2', [
      { code: '2.1', text: 'Describe the internal forces that impact on an organisation' },
      { code: '1.1', text: 'Describe the UK legal forms for organisations' },
      { code: '2.3', text: 'Conduct a PESTLE analysis for an organisation' },
    ]);
    expect(groups.map((group) => [group.heading, group.criteria.map((c) => c.code)])).toEqual([
      ['Learning outcome 2: Understand the context in which an organisation operates', ['2.1', '2.3']],
      ['Learning outcome 1: Understand the UK legal forms for organisations and operational functions', ['1.1']],
    ]);
  });

  it('names the unit with the LO when the codes carry their unit, and leaves an unknown AC without a heading', () => {
    const groups = groupByOutcome('L3C4', [
      { code: 'L3S3 2.1', text: 'x' },
      { code: '9.9', text: 'not in the spec' },
    ]);
    expect(groups[0]?.heading).toMatch(/^L3S3 Learning outcome 2: /);
    expect(groups[1]).toEqual({ heading: null, criteria: [{ code: '9.9', text: 'not in the spec' }] });
  });
});
