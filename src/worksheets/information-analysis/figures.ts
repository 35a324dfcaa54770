import { isIsoDate } from '../../lib/dates';
import { formatNumber, readNumber } from '../../lib/numbers';
import { LIST_LIMITS, MAX_ROW_VALUE, TEXT_LIMITS, type SalesRow } from './model';

/**
 * The learner's own sales figures, checked row by row once a CSV file has been split into cells
 * (csv-import.ts does the splitting, with Papa Parse). Pure, and never executes anything: every
 * cell is kept as text or read as a number, so a cell such as "=HYPERLINK(…)" or "<script>" is
 * stored and shown as the characters it is.
 */

/** The largest file the page reads: 1 MB holds tens of thousands of rows of monthly figures. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The most rows of figures a document keeps (the document is saved in the browser's storage). */
export const MAX_ROWS = LIST_LIMITS.rows;
/** The most problems listed one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

export const COLUMNS = ['month', 'region', 'product', 'customer', 'value'] as const;
export type Column = (typeof COLUMNS)[number];

/** The column names recognised, after lower-casing and dropping "£", brackets and punctuation. */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  month: ['month', 'date', 'period', 'month of sale'],
  region: ['region', 'area', 'territory'],
  product: ['product', 'product line', 'product name', 'category', 'item'],
  customer: ['customer', 'client', 'account', 'customer name'],
  value: ['value', 'sales', 'sales value', 'amount', 'revenue', 'net sales', 'total'],
};

export const EXPECTED_HEADER = 'Month, Region, Product, Customer, Value';

export type RowProblem = { row: number; message: string };

export type ImportResult =
  | { ok: true; rows: SalesRow[]; problems: RowProblem[]; rowsInFile: number }
  | { ok: false; reason: string; problems: RowProblem[] };

/** Why a file of this size is refused, or null when it may be read. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const mb = bytes / MAX_FILE_BYTES;
  const size = mb < 1.05 ? 'just over 1 MB' : `${formatNumber(mb, { decimals: 1 })} MB`;
  return `The file is ${size}; this page reads files up to 1 MB. Keep only the columns ${EXPECTED_HEADER}, or total the figures by month first, and import it again.`;
}

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[£$€()[\]]/g, ' ')
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Which column of the file holds each of ours, by its header; -1 where absent. */
export function columnsOf(header: readonly string[]): Record<Column, number> {
  const names = header.map(normalise);
  const found = {} as Record<Column, number>;
  for (const column of COLUMNS) found[column] = names.findIndex((name) => HEADER_NAMES[column].includes(name));
  return found;
}

/** "Mar", "March" and "Sept" name a month (at least three letters, from the start); "Marchy" does not. */
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A month as yyyy-mm from the ways spreadsheets write one: 2025-03, 2025-03-14, 2025/03,
 * 03/2025, 14/03/2025 (UK day first), Mar 2025, March 2025, Mar-25. Null when it is not one.
 */
export function readMonth(cell: string): string | null {
  const text = cell.trim();
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(text))) [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  else if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(text))) [year, month] = [Number(m[2]), Number(m[1])];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = /^([a-z]{3,9})\.?[\s-]+(\d{4}|\d{2})$/i.exec(text))) {
    const name = m[1]!.toLowerCase();
    const index = FULL_MONTHS.findIndex((full) => full.startsWith(name));
    if (index < 0) return null;
    [year, month] = [fullYear(m[2]!), index + 1];
  }
  if (year === null || month === null || year < 1990 || year > 2100 || month < 1 || month > 12) return null;
  if (day !== null && !isIsoDate(`${year}-${pad(month)}-${pad(day)}`)) return null;
  return `${year}-${pad(month)}`;
}


/** "Row 7: the value “£1,2x0” is not a number. Write it as digits, e.g. 1250 or £1,250." */
function checkRow(cells: readonly string[], columns: Record<Column, number>, row: number): { row: SalesRow } | { problem: RowProblem } {
  const cell = (column: Column) => (columns[column] >= 0 ? (cells[columns[column]] ?? '') : '');
  const problem = (message: string) => ({ problem: { row, message: `Row ${row}: ${message}` } });
  const monthText = cell('month').trim();
  if (!monthText) return problem('there is no month. Give the month of the sale, e.g. 2025-03 or Mar 2025.');
  const month = readMonth(monthText);
  if (!month) return problem(`the month “${shortly(monthText)}” is not a month this page reads. Write it as 2025-03 or Mar 2025.`);
  const valueText = cell('value').trim();
  if (!valueText) return problem('there is no value. Give the sales value in pounds, e.g. 1250, or leave the row out.');
  const value = readNumber(valueText);
  if (value.kind !== 'number') return problem(`the value “${shortly(valueText)}” is not a number. Write it as digits, e.g. 1250 or £1,250.`);
  if (value.value < 0) return problem(`the value ${shortly(valueText)} is below 0. Net refunds and credit notes off in their month, or leave the row out.`);
  if (value.value > MAX_ROW_VALUE) return problem(`the value ${shortly(valueText)} is more than £${formatNumber(MAX_ROW_VALUE)}. Check the number.`);
  const texts = { region: cell('region').trim(), product: cell('product').trim(), customer: cell('customer').trim() };
  for (const column of ['region', 'product', 'customer'] as const) {
    if (texts[column].length > TEXT_LIMITS.label) return problem(`the ${column} is longer than ${TEXT_LIMITS.label} characters. Shorten it in the file.`);
  }
  return { row: { month, ...texts, value: value.value } };
}

/** A cell as a message quotes it: at most 40 characters, on one line. */
const shortly = (text: string) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * The file's rows (the first naming the columns) checked one by one. Rows that read are kept, in
 * file order; each that does not is a problem naming its row, what is wrong and what to do.
 * `splitProblems` are rows the CSV reader could not split cleanly (a quote left open …), by row.
 */
export function readSalesTable(cells: readonly (readonly string[])[], splitProblems: ReadonlyMap<number, string> = new Map()): ImportResult {
  const headerIndex = cells.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return { ok: false, reason: 'The file is empty. Export your figures from your spreadsheet or CRM as CSV and choose that file.', problems: [] };
  const header = cells[headerIndex]!;
  const columns = columnsOf(header);
  const missing = (['month', 'value'] as const).filter((c) => columns[c] < 0);
  if (missing.length) {
    return {
      ok: false,
      reason: `The first row should name the columns, e.g. ${EXPECTED_HEADER}. This file’s first row is “${shortly(header.join(', '))}”, with no ${missing.join(' or ')} column. Add the column names and import it again.`,
      problems: [],
    };
  }
  const dataRows = cells.slice(headerIndex + 1).map((row, i) => ({ cells: row, number: headerIndex + i + 2 })).filter((r) => !isBlankRow(r.cells));
  if (dataRows.length > MAX_ROWS) {
    return {
      ok: false,
      reason: `The file has ${formatNumber(dataRows.length)} rows of figures; this page keeps up to ${formatNumber(MAX_ROWS)}. Total them by month, region, product and customer first, or keep the latest 24 months, and import it again.`,
      problems: [],
    };
  }
  const rows: SalesRow[] = [];
  const problems: RowProblem[] = [];
  for (const { cells: rowCells, number } of dataRows) {
    const split = splitProblems.get(number);
    if (split) {
      problems.push({ row: number, message: `Row ${number}: ${split}` });
      continue;
    }
    const checked = checkRow(rowCells, columns, number);
    if ('row' in checked) rows.push(checked.row);
    else problems.push(checked.problem);
  }
  if (rows.length === 0) {
    return {
      ok: false,
      reason: dataRows.length === 0 ? 'The file has the column names but no figures under them.' : `None of the ${formatNumber(dataRows.length)} rows of figures could be read: see why below, correct the file and import it again.`,
      problems,
    };
  }
  return { ok: true, rows, problems, rowsInFile: dataRows.length };
}

/** Whether text looks like a binary file (a spreadsheet saved as .xlsx, an image) rather than CSV. */
export const looksBinary = (text: string) => text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(8, text.length / 100);

export const BINARY_REASON = 'This does not look like a CSV file (it may be an Excel .xlsx file or an image). In your spreadsheet choose “Save as” and “CSV”, then choose that file.';

/** The problems as the page lists them: the first MAX_LISTED_PROBLEMS, then how many more. */
export function listedProblems(problems: readonly RowProblem[]): { shown: RowProblem[]; more: number } {
  return { shown: problems.slice(0, MAX_LISTED_PROBLEMS), more: Math.max(0, problems.length - MAX_LISTED_PROBLEMS) };
}
