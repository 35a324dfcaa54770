import { describe, expect, it } from 'vitest';
import { createObjectionPreparationExample } from './example';
import { createEmptyObjectionPreparation } from './model';
import { objectionPreparationSpreadsheetTables } from './spreadsheet';

describe('the objection preparation in a spreadsheet', () => {
  it('gives the common concerns with raw counts and shares, most frequent first', () => {
    const tables = objectionPreparationSpreadsheetTables(createObjectionPreparationExample().data);
    const concerns = tables.find((t) => t.title === 'Common concerns')!;
    expect(concerns.rows.map((r) => r.slice(0, 5))).toEqual([
      [1, 'Not convinced the cost is worth it', 14, 50, 2],
      [2, 'Afraid the change will disrupt the business', 10, 35.7, 2],
      [3, 'Worried about data protection and compliance', 4, 14.3, 1],
    ]);
    const previous = tables.find((t) => t.title === 'Previous objections')!;
    expect(previous.rows[0]).toEqual(['It is too expensive for what it is', 'CRM notes of the 30 most recent first meetings (April to September 2026)', 9, 'Not convinced the cost is worth it']);
    const expected = tables.find((t) => t.title === 'Expected objections')!;
    expect(expected.rows).toHaveLength(6);
    expect(expected.rows[2]!.slice(0, 4)).toEqual(['Harlow & Pike Dental Group', '2026-10-14', 'Security or privacy', 'Non-standard']);
  });

  it('leaves a count that does not read as an empty cell, and every table rectangular', () => {
    const data = createObjectionPreparationExample().data;
    data.previous[0]!.times = 'lots';
    const tables = objectionPreparationSpreadsheetTables(data);
    expect(tables.find((t) => t.title === 'Previous objections')!.rows[0]![2]).toBeNull();
    for (const table of [...tables, ...objectionPreparationSpreadsheetTables(createEmptyObjectionPreparation())]) {
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });
});
