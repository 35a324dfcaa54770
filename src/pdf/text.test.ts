import { describe, expect, it } from 'vitest';
import { cleanText, displayDate, formatNumber, mapStrings, replaceMissingGlyphs, singleLine } from './text';

describe('learner text as it prints', () => {
  it('marks characters the font lacks instead of dropping them silently', () => {
    const hasGlyph = (codePoint: number): boolean => codePoint < 0x2000;
    expect(replaceMissingGlyphs('ok 👍 done', hasGlyph)).toBe('ok \ufffd done');
    // A skin-tone modifier and an emoji variation selector are invisible parts of one emoji.
    expect(replaceMissingGlyphs('👍🏽 ❤\ufe0f', hasGlyph)).toBe('\ufffd \ufffd');
    expect(replaceMissingGlyphs('Łukasz\nŻółć', hasGlyph)).toBe('Łukasz\nŻółć');
  });

  it('gives emoji the emoji font has their stand-in, and marks the rest', () => {
    const hasGlyph = (codePoint: number): boolean => codePoint < 0x2000;
    const standIn = (codePoint: number) => (codePoint === 0x1f44d ? '\ue000' : undefined);
    expect(replaceMissingGlyphs('ok 👍🏽 done 中', hasGlyph, standIn)).toBe('ok \ue000 done \ufffd');
  });

  it('cleans learner text without losing words', () => {
    expect(cleanText('a\r\nb\rc\td\u0007')).toBe('a\nb\nc    d');
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });

  it('puts text for one-line places on one line, trimmed', () => {
    expect(singleLine('  PESTLE\r\n  builder \n')).toBe('PESTLE builder');
    expect(singleLine('\u0007')).toBe('');
  });

  it('writes numbers with at most two decimals and UK thousands separators', () => {
    expect(formatNumber(16589)).toBe('16,589');
    expect(formatNumber(4.25)).toBe('4.25');
    expect(formatNumber(2 / 3)).toBe('0.67');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
  });

  it('says "Not given" for a blank date and writes a given one out in full', () => {
    expect(displayDate('  ')).toBe('Not given');
    expect(displayDate(' 2025-03-14 ')).toBe('14 March 2025');
  });

  it('changes every string in plain data, leaving numbers, booleans and null alone', () => {
    const data = { a: 'x', b: ['y', 2, { c: 'z', d: null, e: true }] };
    expect(mapStrings(data, (text) => text.toUpperCase())).toEqual({ a: 'X', b: ['Y', 2, { c: 'Z', d: null, e: true }] });
  });
});
