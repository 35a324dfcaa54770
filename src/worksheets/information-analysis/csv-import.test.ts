import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../csv/to-csv';
import { importSalesFile, parseSalesCsv } from './csv-import';
import { fileSizeProblem, MAX_FILE_BYTES, MAX_ROWS, readMonth } from './figures';
import { InformationAnalysisSchema, createEmptyInformationAnalysis } from './model';
import { informationAnalysisSpreadsheetTables } from './spreadsheet';

const HEADER = 'Month,Region,Product,Customer,Value';

describe('reading a month as spreadsheets write it', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['2025-03-14', '2025-03'],
    ['2025/3', '2025-03'],
    ['03/2025', '2025-03'],
    ['14/03/2025', '2025-03'],
    ['Mar 2025', '2025-03'],
    ['March 2025', '2025-03'],
    ['sept 2025', '2025-09'],
    ['Mar-25', '2025-03'],
  ])('%s is %s', (cell, month) => expect(readMonth(cell)).toBe(month));

  it.each(['2025-13', '31/02/2025', 'Febuary 2025', 'Marchy 2025', '2025', '=TODAY()', '', '1850-01'])('“%s” is not a month', (cell) => expect(readMonth(cell)).toBeNull());
});

describe('importing a CSV file of sales figures', () => {
  it('reads every good row, in file order, and names each bad row with what is wrong and what to do', () => {
    const csv = [
      HEADER,
      '2025-01,South West,Gloves,Harbour Dental,"£1,250.50"',
      'Febuary 2025,South West,Gloves,Harbour Dental,900',
      '2025-02,Cornwall,Masks,,12x0',
      '',
      '2025-03,Cornwall,Masks,Moorview,-40',
      '2025-03,,,,300',
      '2025-04,Devon,Masks,Moorview,',
    ].join('\r\n');
    const result = parseSalesCsv(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toEqual([
      { month: '2025-01', region: 'South West', product: 'Gloves', customer: 'Harbour Dental', value: 1250.5 },
      { month: '2025-03', region: '', product: '', customer: '', value: 300 },
    ]);
    expect(result.rowsInFile).toBe(6);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Row 3: the month “Febuary 2025” is not a month this page reads. Write it as 2025-03 or Mar 2025.',
      'Row 4: the value “12x0” is not a number. Write it as digits, e.g. 1250 or £1,250.',
      'Row 6: the value -40 is below 0. Net refunds and credit notes off in their month, or leave the row out.',
      'Row 8: there is no value. Give the sales value in pounds, e.g. 1250, or leave the row out.',
    ]);
  });

  it('finds the columns by name in any order, with a semicolon separator and a byte order mark', () => {
    const result = parseSalesCsv('\uFEFFCustomer;Sales (£);Date;Area\r\nHarbour;1 200;14/03/2025;Devon\r\n');
    expect(result).toMatchObject({ ok: true, rows: [{ month: '2025-03', region: 'Devon', product: '', customer: 'Harbour', value: 1200 }] });
  });

  it('keeps a cell that looks like a formula or markup as the text it is', () => {
    const result = parseSalesCsv(`${HEADER}\n2025-01,=HYPERLINK("http://x"),<img src=x onerror=alert(1)>,@SUM(A1),10\n2025-02,+44,-Gloves,Harbour,=1+1`);
    expect(result.ok && result.rows).toEqual([{ month: '2025-01', region: '=HYPERLINK("http://x")', product: '<img src=x onerror=alert(1)>', customer: '@SUM(A1)', value: 10 }]);
    expect(result.problems.map((p) => p.message)).toEqual(['Row 3: the value “=1+1” is not a number. Write it as digits, e.g. 1250 or £1,250.']);
  });

  it('refuses a file without a month or value column, saying what the first row should be', () => {
    expect(parseSalesCsv('Region,Product\nDevon,Gloves')).toMatchObject({
      ok: false,
      reason: 'The first row should name the columns, e.g. Month, Region, Product, Customer, Value. This file’s first row is “Region, Product”, with no month or value column. Add the column names and import it again.',
    });
  });

  it('refuses an empty file, a file of column names only, and a file none of whose rows read', () => {
    expect(parseSalesCsv('')).toMatchObject({ ok: false, reason: expect.stringContaining('The file is empty') });
    expect(parseSalesCsv(`${HEADER}\n\n`)).toMatchObject({ ok: false, reason: 'The file has the column names but no figures under them.' });
    const none = parseSalesCsv(`${HEADER}\nsoon,Devon,Gloves,Harbour,10\n2025-01,Devon,Gloves,Harbour,lots`);
    expect(none).toMatchObject({ ok: false, reason: 'None of the 2 rows of figures could be read: see why below, correct the file and import it again.' });
    expect(none.problems).toHaveLength(2);
  });

  it('refuses a binary file (an .xlsx saved by mistake)', () => {
    expect(parseSalesCsv('PK\u0003\u0004\u0000\u0000binary')).toMatchObject({ ok: false, reason: expect.stringContaining('does not look like a CSV file') });
  });

  it('names a row whose quote marks do not pair up', () => {
    const result = parseSalesCsv(`${HEADER}\n2025-01,Devon,Gloves,Harbour,10\n2025-02,Devon,"Gloves,Harbour,20\n2025-03,Devon,Gloves,Harbour,30`);
    expect(result.ok).toBe(true);
    expect(result.problems[0]?.message).toMatch(/^Row 3: a quote mark \(“?"\)? is opened and never closed/);
  });

  it('refuses a file over 1 MB, or over the row limit, with a plain message', async () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(2.5 * 1024 * 1024)).toBe('The file is 2.5 MB; this page reads files up to 1 MB. Keep only the columns Month, Region, Product, Customer, Value, or total the figures by month first, and import it again.');
    const big = new Blob(['x'.repeat(MAX_FILE_BYTES + 1)]);
    expect(await importSalesFile(big)).toMatchObject({ ok: false, reason: expect.stringContaining('this page reads files up to 1 MB') });
    const many = [HEADER, ...Array.from({ length: MAX_ROWS + 1 }, () => '2025-01,D,P,C,1')].join('\n');
    expect(parseSalesCsv(many)).toMatchObject({ ok: false, reason: `The file has 3,001 rows of figures; this page keeps up to 3,000. Total them by month, region, product and customer first, or keep the latest 24 months, and import it again.` });
  });
});

describe('any file at all (property)', () => {
  const anyCell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+SUM(A1)', '-2', '@cmd', '<script>alert(1)</script>', '"', '2025-01', '£1,000', '\t=x', '\r=y'));
  const csvLike = fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { maxLength: 12 }).map((rows) => [HEADER, ...rows.map((r) => r.join(','))].join('\n'));
  const anyText = fc.oneof(fc.string({ unit: 'binary' }), csvLike, fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes)));

  it('is refused with a reason or read into rows the document’s schema accepts, and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseSalesCsv(text);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        const data = createEmptyInformationAnalysis();
        data.figures.rows = result.rows;
        expect(InformationAnalysisSchema.safeParse(data).success).toBe(true);
        for (const p of result.problems) expect(p.message).toMatch(/^Row \d+: /);
      }),
      { numRuns: 300 },
    );
  });

  it('never reaches a spreadsheet as a formula: every text cell starting = + - @ is written with an apostrophe', () => {
    fc.assert(
      fc.property(csvLike, (text) => {
        const result = parseSalesCsv(text);
        if (!result.ok) return;
        const data = createEmptyInformationAnalysis();
        data.figures.rows = result.rows;
        const table = informationAnalysisSpreadsheetTables(data).find((t) => t.title === 'Sales figures')!;
        const read = Papa.parse<string[]>(toCsv(table).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
        for (const row of read.slice(1)) {
          for (const [i, cell] of row.entries()) {
            // The value column is a number the spreadsheet may calculate with; every other cell is text.
            if (i === read[0]!.length - 1) expect(Number.isFinite(Number(cell))).toBe(true);
            else expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
