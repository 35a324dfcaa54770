import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const relationshipLogCard: CatalogueEntry = {
  id: 'relationship-log',
  title: 'Relationship log',
  summary:
    'Map your colleagues and stakeholders, log dated evidence of two working relationships, and record a relationship challenge you resolved.',
  unit: unitTitleRef('L3L1'),
};
