/**
 * Page flow: a cursor moving down the page, and the text, headings and captions that break across
 * pages with it. Everything here draws at the cursor on the PDF's current (last) page.
 */
import { baselineIn, headingReserve, lineHeight } from './layout';
import { setType, wrapText } from './measure';
import {
  BLOCK_GAP,
  CAPTION_TYPE,
  CONTENT_BOTTOM,
  CONTENT_RIGHT,
  CONTENT_TOP,
  CONTENT_WIDTH,
  HEADING_TYPE,
  MARGIN,
  RULE,
  type Cursor,
  type TextType,
} from './page-style';
import { singleLine } from './text';

export function newPage(cursor: Cursor): void {
  cursor.pdf.addPage('a4', 'portrait');
  cursor.y = CONTENT_TOP;
}

export function spaceLeft(cursor: Cursor): number {
  return CONTENT_BOTTOM - cursor.y;
}

/** Whether the cursor is still at the top of its page (nothing drawn there yet). */
export function atPageTop(cursor: Cursor): boolean {
  return cursor.y <= CONTENT_TOP;
}

/** Starts a new page unless `height` still fits on this one. */
export function ensureSpace(cursor: Cursor, height: number): void {
  if (height > spaceLeft(cursor) && !atPageTop(cursor)) newPage(cursor);
}

/** Vertical space between blocks; none at the top of a page or under a heading, which has its own. */
export function addGap(cursor: Cursor, gap = BLOCK_GAP): void {
  if (!atPageTop(cursor) && !cursor.afterHeading) cursor.y = Math.min(cursor.y + gap, CONTENT_BOTTOM);
}

/** Sets the type, wraps the text to the content width and draws it, flowing across pages. */
export function drawWrapped(cursor: Cursor, text: string, type: TextType): void {
  setType(cursor.pdf, type.size, type.style, type.colour);
  drawFlowingLines(cursor, wrapText(cursor.pdf, text, CONTENT_WIDTH), type);
}

/** Lines of text that continue onto new pages as needed, line by line, so none is ever lost. */
export function drawFlowingLines(cursor: Cursor, lines: string[], type: TextType, x = MARGIN): void {
  const height = lineHeight(type.size);
  setType(cursor.pdf, type.size, type.style, type.colour);
  cursor.afterHeading = false;
  for (const line of lines) {
    if (cursor.y + height > CONTENT_BOTTOM) {
      newPage(cursor);
      setType(cursor.pdf, type.size, type.style, type.colour);
    }
    if (line !== '') cursor.pdf.text(line, x, baselineIn(cursor.y, height, type.size));
    cursor.y += height;
  }
}

/**
 * A section heading, kept on the same page as the start of what follows it. `nextStart`: the height
 * the following block needs to begin, so the heading never sits alone.
 */
export function drawHeading(cursor: Cursor, text: string, nextStart = 0): void {
  const { pdf } = cursor;
  addGap(cursor, 7);
  ensureSpace(cursor, headingReserve(nextStart));
  drawWrapped(cursor, singleLine(text), HEADING_TYPE);
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.3);
  pdf.line(MARGIN, cursor.y + 0.5, CONTENT_RIGHT, cursor.y + 0.5);
  cursor.y += 3;
  cursor.afterHeading = true;
}

/** Height a heading takes when it starts a reserved block: its gap, one line of heading type, its rule. */
export const HEADING_BLOCK_HEIGHT = 7 + lineHeight(HEADING_TYPE.size) + 3;

/** Bold caption above a table or chart. `reserve` keeps it on the page with the first rows. */
export function drawCaption(cursor: Cursor, caption: string, reserve: number): void {
  const { pdf } = cursor;
  setType(pdf, CAPTION_TYPE.size, CAPTION_TYPE.style, CAPTION_TYPE.colour);
  const lines = wrapText(pdf, singleLine(caption), CONTENT_WIDTH);
  ensureSpace(cursor, lines.length * lineHeight(CAPTION_TYPE.size) + reserve);
  drawFlowingLines(cursor, lines, CAPTION_TYPE);
  cursor.y += 1;
}
