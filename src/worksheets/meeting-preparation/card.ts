import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const meetingPreparationCard: CatalogueEntry = {
  id: 'meeting-preparation',
  title: 'Meeting preparation',
  summary:
    'Identify two interested prospects, arrange and confirm a meeting with each, match your products or services to their needs, and prepare a dialogue framework for each meeting.',
  unit: unitTitleRef('L3C1'),
};
