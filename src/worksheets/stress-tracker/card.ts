import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const stressTrackerCard: CatalogueEntry = {
  id: 'stress-tracker',
  title: 'Stress baseline tracker',
  summary:
    'Explain pressure and stress, their causes and impacts, and outline techniques; then choose one, take a baseline, log daily check-ins for at least a month, retake the same self-check and review what changed.',
  unit: unitTitleRef('L3S2'),
};
