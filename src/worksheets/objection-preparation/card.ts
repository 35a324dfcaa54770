import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const objectionPreparationCard: CatalogueEntry = {
  id: 'objection-preparation',
  title: 'Objection preparation',
  summary: 'Prepare responses to two prospects’ objections, review past objections, and record your positive-mindset techniques and observed meetings.',
  unit: unitTitleRef('L3C2'),
};
