/** Drawers for the text kinds of PdfBlock: heading, paragraph and label/value fields. */
import { drawFieldsTable } from '../autotable';
import type { PdfBlock } from '../../lib/evidence-types';
import { addGap, drawHeading, drawWrapped, HEADING_BLOCK_HEIGHT, spaceLeft } from '../flow';
import { MUTED, NOT_GIVEN, type Cursor } from '../page-style';
import { cleanText, isBlank } from '../text';
import { measureTableStart } from './table';

type Block<K extends PdfBlock['kind']> = Extract<PdfBlock, { kind: K }>;

/** A heading reserves room for the start of a table after it, so the two never part. */
export function drawHeadingBlock(cursor: Cursor, block: Block<'heading'>, next: PdfBlock | undefined): void {
  const space = spaceLeft(cursor) - HEADING_BLOCK_HEIGHT;
  drawHeading(cursor, block.text, next?.kind === 'table' ? measureTableStart(cursor.pdf, next, space) : 0);
}

export function drawParagraph(cursor: Cursor, block: Block<'paragraph'>): void {
  addGap(cursor, 3);
  if (isBlank(block.text)) {
    drawWrapped(cursor, NOT_GIVEN, { size: 10, colour: MUTED });
    return;
  }
  // Blank lines at either end are only stray returns; the learner's inner blank lines are kept.
  drawWrapped(cursor, cleanText(block.text).replace(/^\s*\n|\n\s*$/g, ''), { size: 10 });
}

export function drawFields(cursor: Cursor, block: Block<'fields'>): void {
  addGap(cursor, 3);
  drawFieldsTable(cursor, block.rows);
}
