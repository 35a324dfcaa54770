/** Draws one PdfBlock with the drawer for its kind. */
import type { PdfBlock } from '../../lib/evidence-types';
import type { Cursor } from '../page-style';
import { drawBarChart } from './bar-chart';
import { drawLineChart } from './line-chart';
import { drawDataTable } from './table';
import { drawFields, drawHeadingBlock, drawParagraph } from './text-blocks';

/** `next` is the block after this one, so a heading can keep room for the start of a table. */
export function drawBlock(cursor: Cursor, block: PdfBlock, next: PdfBlock | undefined): void {
  switch (block.kind) {
    case 'heading':
      return drawHeadingBlock(cursor, block, next);
    case 'paragraph':
      return drawParagraph(cursor, block);
    case 'fields':
      return drawFields(cursor, block);
    case 'table':
      return drawDataTable(cursor, block);
    case 'barChart':
      return drawBarChart(cursor, block);
    case 'lineChart':
      return drawLineChart(cursor, block);
    default: {
      // A new PdfBlock kind with no drawer fails to compile here, rather than printing nothing.
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}
