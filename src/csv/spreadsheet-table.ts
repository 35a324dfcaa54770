/**
 * Worksheet tables for a spreadsheet (CSV). A worksheet may give its own tables, with raw numbers
 * that a spreadsheet can sum and chart; any other worksheet offers the tables of its evidence PDF,
 * as the assessor reads them. Pure: no React, no CSV library (see to-csv.ts for the file itself).
 */
import type { PdfBlock, SpreadsheetTable } from '../lib/evidence-types';

/** The minimal view of a worksheet model this needs. */
type TableSource<T> = {
  spreadsheetTables?(data: T): SpreadsheetTable[];
  evidenceBlocks(data: T): PdfBlock[];
};

/** A worksheet's tables for a spreadsheet: its own if it has them, else its PDF's. Empty tables are left out. */
export function spreadsheetTablesOf<T>(model: TableSource<T>, data: T): SpreadsheetTable[] {
  const tables = model.spreadsheetTables ? model.spreadsheetTables(data) : tablesFromPdfBlocks(model.evidenceBlocks(data));
  return withDistinctTitles(tables.filter((table) => table.rows.length > 0));
}

/** Every table of an evidence PDF, titled by the heading it sits under and its own caption. */
export function tablesFromPdfBlocks(blocks: PdfBlock[]): SpreadsheetTable[] {
  const tables: SpreadsheetTable[] = [];
  let heading = '';
  for (const block of blocks) {
    if (block.kind === 'heading') heading = block.text;
    if (block.kind !== 'table') continue;
    const caption = block.caption?.trim() ?? '';
    const title = [heading, caption].filter((part) => part !== '').join(': ') || `Table ${tables.length + 1}`;
    tables.push({ title, columns: block.columns, rows: block.rows });
  }
  return tables;
}

/** Tables with the same title are numbered, so the learner can tell them apart in the list and in file names. */
function withDistinctTitles(tables: SpreadsheetTable[]): SpreadsheetTable[] {
  const counts = new Map<string, number>();
  for (const table of tables) counts.set(table.title, (counts.get(table.title) ?? 0) + 1);
  const seen = new Map<string, number>();
  return tables.map((table) => {
    if ((counts.get(table.title) ?? 0) < 2) return table;
    const number = (seen.get(table.title) ?? 0) + 1;
    seen.set(table.title, number);
    return { ...table, title: `${table.title} (${number})` };
  });
}
