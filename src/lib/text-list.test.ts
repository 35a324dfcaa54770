import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goodPracticeText, listInWords } from './text-list';

describe('listInWords', () => {
  it('joins with commas and a final "and", without an Oxford comma', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('has an "or" form', () => {
    expect(listInWords(['“Price”', '“Speed”', '“Ease”'], { conjunction: 'or' })).toBe('“Price”, “Speed” or “Ease”');
  });

  it('names only the first few and counts the rest once', () => {
    expect(listInWords(['a', 'b', 'c', 'd', 'e', 'f'], { limit: 4 })).toBe('a, b, c, d and 2 more');
    expect(listInWords(['a', 'b', 'c', 'd'], { limit: 4 })).toBe('a, b, c and d');
    expect(listInWords(['w1', 'w2', 'w3', 'w4', 'w5'], { limit: 3, more: (n) => `${n} more weeks` })).toBe('w1, w2, w3 and 2 more weeks');
  });

  it('mentions every item or the count of those left out, and "and" once', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { maxLength: 12 }), fc.integer({ min: 1, max: 8 }), (items, limit) => {
        const words = listInWords(items, { limit });
        expect(words.split(' and ').length).toBe(items.length >= 2 ? 2 : 1);
        for (const item of items.slice(0, limit)) expect(words).toContain(item);
        if (items.length > limit) expect(words.endsWith(`and ${items.length - limit} more`)).toBe(true);
      }),
    );
  });
});

describe('goodPracticeText', () => {
  it('drops the prefix and capitalises', () => {
    expect(goodPracticeText('Good practice: both a colleague consulted and records reviewed')).toBe('Both a colleague consulted and records reviewed');
    expect(goodPracticeText('already plain')).toBe('Already plain');
  });
});
