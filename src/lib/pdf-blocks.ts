import type { AssessmentCriterion, ChecklistItem, PdfBlock } from './evidence-types';
import { goodPracticeText } from './text-list';

export type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** A table of the rows there are, or a sentence saying there are none (a table with no rows says nothing). */
export function tableOr(note: string, table: Omit<TableBlock, 'kind'>): PdfBlock {
  return table.rows.length ? { kind: 'table', ...table } : { kind: 'paragraph', text: note };
}

/**
 * A section heading labelled with the AC it evidences in the spec's words: "Prospects and the
 * objections expected: AC 2.1 Prepare to deal with potential customer objections". The AC come
 * from the worksheet's meta (criteriaOf), so the wording is never retyped.
 */
export function acHeading(title: string, codes: readonly string[], criteria: readonly AssessmentCriterion[]): Extract<PdfBlock, { kind: 'heading' }> {
  const wording = codes.map((code) => `AC ${code} ${criteria.find((c) => c.code === code)?.text ?? ''}`.trim());
  return { kind: 'heading', text: `${title}: ${wording.join('; ')}` };
}

/** Good practice beyond the spec as the PDF lists it: under its own heading, each item done or not yet, never counted. */
export function goodPracticeBlocks(items: readonly ChecklistItem[]): PdfBlock[] {
  return [
    { kind: 'heading', text: 'Good practice (beyond the specification; not needed for completeness)' },
    { kind: 'table', columns: ['Good practice', 'Done'], columnWidths: [5, 1], rows: items.map((item) => [goodPracticeText(item.label), item.isMet ? 'Yes' : 'Not yet']) },
  ];
}
