import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const decisionMatrixCard: CatalogueEntry = {
  id: 'decision-matrix',
  title: 'Weighted decision matrix',
  summary:
    'Work through a real sales problem from start to finish: define it, gather data, find the root cause, score your options in a weighted decision matrix, check how sensitive the decision is, get approval, then implement and evaluate.',
  unit: unitTitleRef('L3L3'),
};
