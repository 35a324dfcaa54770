import { describe, expect, it } from 'vitest';
import { matchOnLines, normalise, specCodesInTable, unitHeadings, withCorrections } from './spec-text';

describe('reading the extracted specification', () => {
  it('finds a criterion wrapped over two lines with the outcome column beside it', () => {
    const lines = ['1. Understand the UK legal\t1.2\tExplain the different operational functions within an', 'and operational functions\t\torganisation'];
    expect(matchOnLines('Explain the different operational functions within an organisation', lines)).toBe('');
  });

  it('says where the words stop matching, and when a listed line adds nothing', () => {
    expect(matchOnLines('Explain the different forces', ['Explain the different functions'])).toBe('forces');
    expect(matchOnLines('Explain', ['Explain', 'something else'])).toMatch(/line 2 of 2 adds nothing/);
  });

  it('drops bullets, tabs and the PDF\'s private-use bullet glyphs', () => {
    expect(normalise('\t\uF0B7 The role\t that\u00A0c')).toBe('The role that c');
  });

  it('lists the AC codes of a table up to "Additional Information", not version numbers', () => {
    const lines = ['L3X1 A unit', 'Level\t3', '1. Understand\t1.1\tDo this V1.0', '\t1.2\tDo that', '2. Be able\t2.1 2.2\tBoth', 'Additional Information', '\t3.1\tNot in the table'];
    expect(specCodesInTable(lines, 1)).toEqual(['1.1', '1.2', '2.1', '2.2']);
  });

  it('takes unit headings alone on a line, not the contents table\'s', () => {
    expect(unitHeadings(['L3B1 Understand Sales Communication\t23', 'L3B1 Understand Sales Communication'])).toEqual([
      { line: 2, code: 'L3B1', title: 'Understand Sales Communication' },
    ]);
  });

  it('applies a correction to its own line only', () => {
    expect(withCorrections(['sales functior', 'sales functior'], [{ line: 2, reads: 'functior', reading: 'function' }])).toEqual(['sales functior', 'sales function']);
  });
});
