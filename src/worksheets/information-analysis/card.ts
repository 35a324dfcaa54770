import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const informationAnalysisCard: CatalogueEntry = {
  id: 'information-analysis',
  title: 'Sales information analysis',
  summary:
    'Define the information you need about your markets, customers and competitors, score at least five sources for reliability and gather from the best three, import your own sales figures (CSV) and analyse them, record six trends and patterns, and communicate your findings to two audiences.',
  unit: unitTitleRef('L3B5'),
};
