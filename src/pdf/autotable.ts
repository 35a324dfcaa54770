/** Tables in the house style through jspdf-autotable, which breaks them across pages itself. */
import autoTable, { type CellDef, type Styles, type UserOptions } from 'jspdf-autotable';
import type { jsPDF } from 'jspdf';
import { ensureSpace } from './flow';
import { columnMinimum, TABLE_CELL_PADDING_X } from './layout';
import { longestWordWidth, setType } from './measure';
import {
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_WIDTH,
  FONT,
  HEAD_FILL,
  LABEL_FILL,
  MARGIN,
  MUTED,
  NAVY,
  NOT_GIVEN,
  PAGE_HEIGHT,
  RULE,
  STRIPE_FILL,
  TABLE_HEAD_WITH_ROW,
  TEXT,
  type Cursor,
} from './page-style';
import { cleanText, isBlank, singleLine } from './text';

export const TABLE_FONT_SIZE = 9;

const TABLE_STYLES: Partial<Styles> = {
  font: FONT,
  fontStyle: 'normal',
  fontSize: TABLE_FONT_SIZE,
  textColor: TEXT,
  lineColor: RULE,
  lineWidth: 0.2,
  cellPadding: { top: 1.8, bottom: 1.8, left: TABLE_CELL_PADDING_X, right: TABLE_CELL_PADDING_X },
  overflow: 'linebreak',
  valign: 'top',
  // autoTable turns jsPDF's bidi reordering off by default, which prints Arabic backwards; ask for
  // logical left-to-right input laid out visually, as jsPDF's own text() does.
  textOptions: { isInputVisual: false, isOutputVisual: true, isInputRtl: false, isOutputRtl: false },
};

/** Options every table shares: house style, page margins that clear the header and footer. */
function tableOptions(cursor: Cursor): UserOptions {
  return {
    startY: cursor.y,
    margin: { top: CONTENT_TOP, bottom: PAGE_HEIGHT - CONTENT_BOTTOM, left: MARGIN, right: MARGIN },
    tableWidth: CONTENT_WIDTH,
    theme: 'grid',
    styles: TABLE_STYLES,
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: NAVY },
    bodyStyles: { font: FONT, fillColor: [255, 255, 255] },
    alternateRowStyles: { fillColor: STRIPE_FILL },
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
  };
}

/** Runs autoTable from the cursor and moves the cursor below the finished table. */
export function drawTable(cursor: Cursor, options: UserOptions): void {
  // A header row alone at the foot of a page reads as a mistake: keep room for it and one row.
  if (options.head && !cursor.afterHeading) ensureSpace(cursor, TABLE_HEAD_WITH_ROW);
  const base = tableOptions(cursor);
  withFontListReadOnce(cursor.pdf, () =>
    // Styles given add to the house style (a smaller type, say) rather than replace it.
    autoTable(cursor.pdf, {
      ...base,
      ...options,
      styles: { ...base.styles, ...options.styles },
      headStyles: { ...base.headStyles, ...options.headStyles },
      bodyStyles: { ...base.bodyStyles, ...options.bodyStyles },
    }),
  );
  cursor.afterHeading = false;
  const finalY = (cursor.pdf as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  cursor.y = finalY ?? cursor.y;
}

/**
 * Runs `draw` with the PDF's font list read once. jspdf-autotable asks jsPDF for it each time it
 * styles a cell, and jsPDF builds it afresh from every font it knows (its 14 standard ones too):
 * a Chromium profile of the bench's exports put 10–45 ms an export there (tests/bench/results/profile.md).
 * Nothing adds a font while a table is drawn (fonts are registered when the PDF is made), so one
 * list serves the whole table; the PDF's own method is put back afterwards.
 */
export function withFontListReadOnce(pdf: jsPDF, draw: () => void): void {
  const ownGetFontList = pdf.getFontList;
  const fonts = ownGetFontList.call(pdf);
  pdf.getFontList = () => fonts;
  try {
    draw();
  } finally {
    pdf.getFontList = ownGetFontList;
  }
}

/** A table cell that reads "Not given" in grey when the learner left it empty. */
function valueCell(value: string): CellDef | string {
  return isBlank(value) ? { content: NOT_GIVEN, styles: { textColor: MUTED } } : cleanText(value).trim();
}

/** Label/value rows: labels bold on a light fill, values wrapping beside them. */
export function drawFieldsTable(cursor: Cursor, rows: Array<{ label: string; value: string }>): void {
  drawTable(cursor, {
    body: rows.map((row) => [singleLine(row.label), valueCell(row.value)]),
    alternateRowStyles: {},
    columnStyles: {
      0: { fontStyle: 'bold', cellWidth: 58, fillColor: LABEL_FILL, textColor: NAVY },
    },
  });
}

/** Each column's narrowest sensible width, measured in the table's own type (header bold). */
export function columnMinimums(pdf: jsPDF, head: string[], body: string[][]): number[] {
  return head.map((header, index) => {
    setType(pdf, TABLE_FONT_SIZE, 'bold');
    const headerWidth = longestWordWidth(pdf, header);
    setType(pdf, TABLE_FONT_SIZE, 'normal');
    return columnMinimum(headerWidth, body.map((row) => longestWordWidth(pdf, row[index] ?? '')));
  });
}

export function columnWidthStyles(widths: number[]): UserOptions['columnStyles'] {
  return Object.fromEntries(widths.map((width, index) => [index, { cellWidth: width }]));
}
