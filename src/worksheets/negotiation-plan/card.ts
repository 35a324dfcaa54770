import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const negotiationPlanCard: CatalogueEntry = {
  id: 'negotiation-plan',
  title: 'Negotiation plan',
  summary: 'Plan two sales negotiations (needs, limits, concessions, cross- and up-selling, strategy) and keep the observation record of how you conducted and closed them.',
  unit: unitTitleRef('L3C3'),
};
