import { describe, expect, it } from 'vitest';
import { goodPracticeBlocks, goodPracticeText } from './good-practice';
import { acHeading } from './pdf-blocks';

describe('good practice', () => {
  it('drops the prefix and starts with a capital', () => {
    expect(goodPracticeText('Good practice: both a colleague consulted and records reviewed')).toBe('Both a colleague consulted and records reviewed');
    expect(goodPracticeText('already plain')).toBe('Already plain');
  });

  it('prints a heading saying it is beyond the specification, and each item done or not yet', () => {
    const blocks = goodPracticeBlocks([
      { label: 'Good practice: a', isMet: true },
      { label: 'Good practice: b', isMet: false },
    ]);
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Good practice (beyond the specification; not needed for completeness)' });
    expect(blocks[1]).toMatchObject({ kind: 'table', rows: [['A', 'Yes'], ['B', 'Not yet']] });
  });
});

describe('acHeading', () => {
  it('heads a section with its AC in the spec’s words', () => {
    const criteria = [
      { code: '2.1', text: 'Prepare for sales negotiations' },
      { code: '2.2', text: 'Conduct sales negotiations with customers' },
    ];
    expect(acHeading(criteria, 'The plan', ['2.1', '2.2'])).toEqual({ kind: 'heading', text: 'The plan: AC 2.1 Prepare for sales negotiations; AC 2.2 Conduct sales negotiations with customers' });
  });
});
