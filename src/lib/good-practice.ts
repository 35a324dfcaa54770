import type { ChecklistItem, PdfBlock } from './evidence-types';

/**
 * Good practice beyond the specification's minimums, as the worksheets that list it apart show it:
 * advice, met or not yet, never counted towards "complete".
 */

/** A good-practice label without its "Good practice: " prefix, for a list already headed "Good practice". */
export const goodPracticeText = (label: string) => {
  const text = label.replace(/^Good practice: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The good practice as a PDF section: a heading that says it is beyond the specification, and a table of done or not yet. */
export function goodPracticeBlocks(items: readonly ChecklistItem[]): PdfBlock[] {
  if (!items.length) return [];
  return [
    { kind: 'heading', text: 'Good practice (beyond the specification; not needed for completeness)' },
    { kind: 'table', columns: ['Good practice', 'Done'], columnWidths: [5, 1], rows: items.map((item) => [goodPracticeText(item.label), item.isMet ? 'Yes' : 'Not yet']) },
  ];
}
