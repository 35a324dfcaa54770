import type { ChecklistItem, PdfBlock } from './evidence-types';

/**
 * Good practice beyond a unit's minimums: advice shown beside a section and printed after the
 * evidence, always marked as not needed for "complete". Labels start "Good practice: ".
 */

/** A good-practice label without its "Good practice: " prefix, for a list already headed "Good practice". */
export const goodPracticeText = (label: string) => {
  const text = label.replace(/^Good practice: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The good practice as the PDF prints it: a heading that says it is beyond the specification, and a table of done or not yet. */
export function goodPracticeBlocks(items: readonly ChecklistItem[]): PdfBlock[] {
  return [
    { kind: 'heading', text: 'Good practice (beyond the specification; not needed for completeness)' },
    { kind: 'table', columns: ['Good practice', 'Done'], columnWidths: [5, 1], rows: items.map((item) => [goodPracticeText(item.label), item.isMet ? 'Yes' : 'Not yet']) },
  ];
}
