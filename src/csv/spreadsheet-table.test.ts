import { describe, expect, it } from 'vitest';
import { exampleOf, loadExportingModel } from '../lib/worksheet-definition';
import { worksheetsWithExamples } from '../worksheets/registry';
import { spreadsheetTablesOf, tablesFromPdfBlocks } from './spreadsheet-table';

describe('tables from an evidence PDF', () => {
  it('titles each table by its heading and caption, numbers repeated titles and leaves out empty tables', () => {
    const model = {
      evidenceBlocks: () => [
        { kind: 'heading' as const, text: 'External forces' },
        { kind: 'paragraph' as const, text: 'Intro' },
        { kind: 'table' as const, caption: 'Political', columns: ['Force'], rows: [['Grant']] },
        { kind: 'table' as const, caption: 'Political', columns: ['Force'], rows: [['Levy']] },
        { kind: 'table' as const, caption: 'Legal', columns: ['Force'], rows: [] },
        { kind: 'heading' as const, text: 'Priorities' },
        { kind: 'table' as const, columns: ['Rank'], rows: [['1']] },
      ],
    };
    expect(spreadsheetTablesOf(model, {}).map((t) => t.title)).toEqual([
      'External forces: Political (1)',
      'External forces: Political (2)',
      'Priorities',
    ]);
    expect(tablesFromPdfBlocks([{ kind: 'table', columns: ['A'], rows: [['1']] }])[0]?.title).toBe('Table 1');
  });

  it("uses a worksheet's own tables when it has them", () => {
    const model = {
      evidenceBlocks: () => [{ kind: 'table' as const, columns: ['From the PDF'], rows: [['x']] }],
      spreadsheetTables: () => [{ title: 'Own', columns: ['Raw'], rows: [[1]] }],
    };
    expect(spreadsheetTablesOf(model, {})).toEqual([{ title: 'Own', columns: ['Raw'], rows: [[1]] }]);
  });
});

describe("every worksheet's worked example", () => {
  it('has at least one table for a spreadsheet, every row as wide as its header, and no NaN or "undefined"', async () => {
    for (const worksheet of worksheetsWithExamples) {
      const model = await loadExportingModel(worksheet);
      const tables = spreadsheetTablesOf(model, exampleOf(model).data);
      expect(tables.length, worksheet.meta.id).toBeGreaterThan(0);
      for (const table of tables) {
        expect(new Set(tables.map((t) => t.title)).size).toBe(tables.length);
        for (const row of table.rows) {
          expect(row.length, `${worksheet.meta.id}: ${table.title}`).toBe(table.columns.length);
          for (const cell of row) {
            if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
            else if (cell !== null) expect(cell).not.toMatch(/\bNaN\b|Infinity|undefined/);
          }
        }
      }
    }
  });
});
