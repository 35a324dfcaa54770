/**
 * Reads the learner's CSV file of sales figures. Papa Parse splits it into cells (quotes, commas
 * and line breaks inside cells, and a comma, semicolon or tab as the separator, whichever the file
 * uses); figures.ts checks each row. Loaded only when the learner chooses a file, so the library
 * is never part of opening the page. Nothing in the file is run: every cell stays text until read
 * as a month or a number.
 */
import Papa from 'papaparse';
import { BINARY_REASON, fileSizeProblem, looksBinary, MAX_FILE_BYTES, readSalesTable, type ImportResult } from './figures';

/** Papa Parse's own words for a row it could not split, in plain English. */
const SPLIT_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quote mark (") is opened and never closed, so the rest of the file runs into this cell. Close the quote, or remove it.',
  InvalidQuotes: 'a quote mark (") sits in the middle of a cell. Put the whole cell in quotes and double the quote mark inside it (""), or remove it.',
};

/** The text of a CSV file, checked: refused with a reason, or read with a message for each row that was not. Never throws. */
export function parseSalesCsv(text: string): ImportResult {
  try {
    const size = fileSizeProblem(new TextEncoder().encode(text).length);
    if (size) return { ok: false, reason: size, problems: [] };
    if (looksBinary(text)) return { ok: false, reason: BINARY_REASON, problems: [] };
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, dynamicTyping: false, header: false });
    const splitProblems = new Map<number, string>();
    for (const error of parsed.errors) {
      const message = SPLIT_PROBLEMS[error.code];
      if (message && error.row !== undefined) splitProblems.set(error.row + 1, message);
    }
    const cells = parsed.data.filter(Array.isArray).map((row) => row.map((cell) => (typeof cell === 'string' ? cell : '')));
    return readSalesTable(cells, splitProblems);
  } catch {
    // Papa Parse does not throw on bad input, but whatever a file holds must end in a message.
    return { ok: false, reason: 'The file could not be read as CSV. Save it from your spreadsheet as “CSV (comma delimited)” and choose it again.', problems: [] };
  }
}

/** Reads a chosen file: refused before reading when too big, then parsed. Never throws. */
export async function importSalesFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: fileSizeProblem(file.size)!, problems: [] };
  try {
    return parseSalesCsv(await file.text());
  } catch {
    return { ok: false, reason: 'The file could not be opened. Choose it again, or save a fresh copy from your spreadsheet.', problems: [] };
  }
}
