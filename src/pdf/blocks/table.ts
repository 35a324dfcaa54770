/** Drawer for a PdfBlock table: caption, repeated header, column widths that never break a word. */
import type { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import { columnMinimums, columnWidthStyles, drawTable, TABLE_FONT_SIZE } from '../autotable';
import type { PdfBlock } from '../../lib/evidence-types';
import { addGap, drawCaption, ensureSpace, spaceLeft } from '../flow';
import { columnWidthsMm, fitColumnWidths, tableKeepHeight, tableRowHeight, tableStartHeight } from '../layout';
import { setType, wrapText } from '../measure';
import { CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MUTED, type Cursor } from '../page-style';
import { cleanText, isBlank, singleLine } from '../text';

type TableBlock = Extract<PdfBlock, { kind: 'table' }>;
type TableLayout = { columnCount: number; head: string[]; cells: string[][]; widths: number[] };

/** A table's header, cells and column widths in mm, as drawn. */
function tableLayout(pdf: jsPDF, block: TableBlock): TableLayout {
  const columnCount = Math.max(block.columns.length, ...block.rows.map((row) => row.length), 1);
  const head = Array.from({ length: columnCount }, (_, index) => singleLine(block.columns[index] ?? ''));
  const cells = block.rows.map((row) => head.map((_, index) => cleanText(row[index] ?? '').trim()));
  const widths = fitColumnWidths(columnWidthsMm(block.columnWidths, columnCount), columnMinimums(pdf, head, cells));
  return { columnCount, head, cells, widths };
}

/** Estimated height of a table row: its tallest wrapped cell plus padding (bold, to err on the tall side). */
function estimatedRowHeight(pdf: jsPDF, cells: string[], widths: number[]): number {
  setType(pdf, TABLE_FONT_SIZE, 'bold');
  return tableRowHeight(cells.map((cell, index) => wrapText(pdf, cell, (widths[index] ?? CONTENT_WIDTH) - 4.4).length));
}

const hasCaption = (block: TableBlock) => block.caption !== undefined && !isBlank(block.caption);

/**
 * Room a table needs before it starts, with `space` left on the page: its caption, header and
 * first rows, or all of it when that keeps a row from standing alone (see tableKeepHeight).
 */
export function measureTableStart(pdf: jsPDF, block: TableBlock, space: number, layout: TableLayout = tableLayout(pdf, block)): number {
  const { head, cells, widths } = layout;
  const pageContent = CONTENT_BOTTOM - CONTENT_TOP;
  // Rows are measured only up to a page's worth: a longer table is never kept whole.
  const rows: number[] = [];
  let total = 0;
  for (const row of cells.length > 0 ? cells : [['']]) {
    rows.push(estimatedRowHeight(pdf, row, widths));
    total += rows.at(-1)!;
    if (total > pageContent) break;
  }
  const start = tableStartHeight(hasCaption(block), estimatedRowHeight(pdf, head, widths), rows[0]!);
  return tableKeepHeight(start, rows, space, pageContent);
}

export function drawDataTable(cursor: Cursor, block: TableBlock): void {
  addGap(cursor, 4);
  const layout = tableLayout(cursor.pdf, block);
  const { columnCount, head, cells, widths } = layout;
  // Caption, header and first row start together (a heading above has already made room for them).
  if (!cursor.afterHeading) ensureSpace(cursor, measureTableStart(cursor.pdf, block, spaceLeft(cursor), layout));
  if (block.caption && !isBlank(block.caption)) drawCaption(cursor, block.caption, 18);
  const body: RowInput[] =
    cells.length === 0
      ? [[{ content: 'No rows recorded.', colSpan: columnCount, styles: { textColor: MUTED } }]]
      : cells;
  drawTable(cursor, { head: [head], body, columnStyles: columnWidthStyles(widths) });
}
