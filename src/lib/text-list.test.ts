import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineWhenWritten, listInWords, shortText } from './text-list';

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

describe('shortText', () => {
  it('keeps a short answer whole, on one line', () => {
    expect(shortText('  It costs\nmore than   we pay now ')).toBe('It costs more than we pay now');
  });

  it('cuts a long answer at a word, with an ellipsis', () => {
    expect(shortText('We already buy from a supplier we trust and have used for years', 30)).toBe('We already buy from a…');
  });

  it('cuts inside a word only when there is no space in the first half', () => {
    expect(shortText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });

  it('is never longer than asked and never empty for an answer with words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 8, max: 80 }), (text, max) => {
        const short = shortText(text, max);
        expect(short.length).toBeLessThanOrEqual(max);
        expect(short.includes('\n')).toBe(false);
        if (text.trim()) expect(short.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('lineWhenWritten', () => {
  it('gives the line only when every required answer is written', () => {
    expect(lineWhenWritten(['Price', 'Too dear'], () => 'Price: too dear')).toBe('Price: too dear');
    expect(lineWhenWritten(['Price', '  '], () => 'never')).toBeNull();
    expect(lineWhenWritten(['Price', undefined], () => 'never')).toBeNull();
  });
});
