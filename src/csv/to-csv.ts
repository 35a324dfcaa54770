/**
 * One spreadsheet table as a CSV file. Papa Parse does the quoting (commas, quotes and line breaks
 * inside answers) and guards against formula injection: text a learner typed that starts with
 * =, +, -, @, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text
 * instead of running it. Numbers are left as numbers.
 */
import Papa from 'papaparse';
import { fileNamePart } from '../pdf/file-name';
import type { SpreadsheetTable } from '../lib/evidence-types';

/** Excel reads a CSV file as UTF-8 (names such as "Łódź", "£") only when it starts with a byte order mark. */
const UTF8_BOM = '\uFEFF';

/**
 * A table still holding the worked example starts with a line saying so (`notice`), above the
 * column names, so it cannot pass for the learner's figures in a spreadsheet either.
 */
export function toCsv(table: SpreadsheetTable, notice?: string): string {
  const data = table.rows.map((row) => table.columns.map((_, index) => csvCell(row[index])));
  const csv = Papa.unparse({ fields: table.columns, data }, { escapeFormulae: true, newline: '\r\n', header: true });
  const noticeLine = notice ? `${Papa.unparse([[notice]], { escapeFormulae: true, newline: '\r\n' })}\r\n` : '';
  return `${UTF8_BOM}${noticeLine}${csv}\r\n`;
}

function csvCell(cell: string | number | null | undefined): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  return cell;
}

/**
 * E.g. "Term-2-pipeline_Prospects.csv": the document, then the table, in characters every system
 * accepts; "Worked-example_…" first while the document is still the worked example.
 */
export function csvFileName(documentName: string, tableTitle: string, isWorkedExample = false): string {
  const parts = [fileNamePart(documentName) || 'worksheet', fileNamePart(tableTitle) || 'table'];
  if (isWorkedExample) parts.unshift('Worked-example');
  return `${parts.join('_')}.csv`;
}
