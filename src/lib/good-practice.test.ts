import { describe, expect, it } from 'vitest';
import { goodPracticeBlocks, goodPracticeText } from './good-practice';

describe('good practice', () => {
  it('drops the "Good practice: " prefix and starts with a capital', () => {
    expect(goodPracticeText('Good practice: both a colleague consulted and records reviewed')).toBe('Both a colleague consulted and records reviewed');
    expect(goodPracticeText('already plain')).toBe('Already plain');
  });

  it('prints as a heading saying it is beyond the specification and a table of done or not yet; nothing when there is none', () => {
    const blocks = goodPracticeBlocks([
      { label: 'Good practice: a', isMet: true },
      { label: 'Good practice: b', isMet: false },
    ]);
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Good practice (beyond the specification; not needed for completeness)' });
    expect(blocks[1]).toMatchObject({ kind: 'table', rows: [['A', 'Yes'], ['B', 'Not yet']] });
    expect(goodPracticeBlocks([])).toEqual([]);
  });
});
