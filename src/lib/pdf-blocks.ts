import type { PdfBlock } from './evidence-types';

export type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** A table of the rows there are, or a sentence saying there are none (a table with no rows says nothing). */
export function tableOr(note: string, table: Omit<TableBlock, 'kind'>): PdfBlock {
  return table.rows.length ? { kind: 'table', ...table } : { kind: 'paragraph', text: note };
}
