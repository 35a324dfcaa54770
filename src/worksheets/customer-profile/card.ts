import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const customerProfileCard: CatalogueEntry = {
  id: 'customer-profile',
  title: 'Customer profile builder',
  summary:
    'Explain how customers are segmented, define at least two of your existing customers with their motivations, attitudes, behaviours and lifetime value, compare them side by side and build a profile with a sales and marketing recommendation for each group.',
  unit: unitTitleRef('L3B3'),
  alsoSupports: 'L3C1 Prospect for New Business (ideal customer profile)',
};
