import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { csvFileName, toCsv } from './to-csv';

/** Reads a CSV file back as a spreadsheet would: the byte order mark off, rows of cells. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true, delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toCsv', () => {
  it('writes a header row and the rows, numbers as numbers, empty cells empty, lines ending CRLF', () => {
    const csv = toCsv({ title: 'Prospects', columns: ['Prospect', 'Deal value (£)', 'Rank'], rows: [['Kestrel Logistics', 18000, 1], ['Café Ó', 12.5, null]] });
    expect(csv).toBe('\uFEFFProspect,Deal value (£),Rank\r\nKestrel Logistics,18000,1\r\nCafé Ó,12.5,\r\n');
  });

  it('quotes commas, quotes and line breaks inside an answer, so the cell comes back whole', () => {
    const answer = 'Said "no", then\r\nasked again, twice';
    expect(readBack(toCsv({ title: 't', columns: ['Note'], rows: [[answer]] }))).toEqual([['Note'], [answer]]);
  });

  it('turns text that a spreadsheet would run as a formula into plain text, but leaves negative numbers alone', () => {
    const rows = [['=HYPERLINK("http://evil.example","Click")'], ['+44 7700 900123'], ['-2 because'], ['@SUM(A1:A9)'], [-5]];
    const cells = readBack(toCsv({ title: 't', columns: ['Cell'], rows })).slice(1).map((row) => row[0]);
    expect(cells).toEqual(["'=HYPERLINK(\"http://evil.example\",\"Click\")", "'+44 7700 900123", "'-2 because", "'@SUM(A1:A9)", '-5']);
  });

  it('never writes NaN, Infinity or "undefined", and pads short rows to the header', () => {
    const csv = toCsv({ title: 't', columns: ['A', 'B', 'C'], rows: [[Number.NaN, Number.POSITIVE_INFINITY]] });
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
    expect(readBack(csv)).toEqual([['A', 'B', 'C'], ['', '', '']]);
  });

  it('gives back exactly what a learner typed, for any text that is not formula-like', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = Papa.parse<string[]>(toCsv({ title: 't', columns: ['A', 'B', 'C'], rows }).slice(1), { delimiter: ',' }).data;
        // Papa reads the final line ending as one empty row.
        expect(back.slice(1, rows.length + 1)).toEqual(rows);
      }),
    );
  });
});

describe('a worked example’s CSV', () => {
  it('starts with a line saying it is the worked example, above the column names', () => {
    const csv = toCsv({ title: 't', columns: ['A'], rows: [[1]] }, 'This is the toolkit’s worked example, unchanged.');
    expect(readBack(csv)).toEqual([['This is the toolkit’s worked example, unchanged.'], ['A'], ['1']]);
    expect(csvFileName('Brightwave', 'Forces', true)).toBe('Worked-example_Brightwave_Forces.csv');
  });
});

describe('csvFileName', () => {
  it('names the document and the table in characters every system accepts', () => {
    expect(csvFileName('Term 2 pipeline: Łódź', 'Prospects')).toBe('Term-2-pipeline-Lodz_Prospects.csv');
    expect(csvFileName('', 'Why each score was given')).toBe('worksheet_Why-each-score-was-given.csv');
    expect(csvFileName('../../etc/passwd', '')).toBe('etc-passwd_table.csv');
  });
});
