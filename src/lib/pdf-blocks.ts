import type { AssessmentCriterion, PdfBlock } from './evidence-types';

export type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** A table of the rows there are, or a sentence saying there are none (a table with no rows says nothing). */
export function tableOr(note: string, table: Omit<TableBlock, 'kind'>): PdfBlock {
  return table.rows.length ? { kind: 'table', ...table } : { kind: 'paragraph', text: note };
}

/** "Prospects: AC 2.1 Prepare to deal with …; AC 2.2 …": a section's heading with its AC in the spec's words, from the worksheet's criteria. */
export function acHeading(criteria: readonly AssessmentCriterion[], title: string, codes: readonly string[]): PdfBlock {
  const wording = codes.map((code) => `AC ${code} ${criteria.find((c) => c.code === code)?.text ?? ''}`.trim());
  return { kind: 'heading', text: `${title}: ${wording.join('; ')}` };
}
