import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import L3B3 from '../../lib/spec/units/L3B3';
import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the customer profile builder before loading it. Wording from the ISP spec, unit L3B3. */
export const customerProfileMeta: WorksheetMeta = {
  id: 'customer-profile',
  title: 'Customer profile builder',
  summary:
    'Explain how customers are segmented, define at least two of your existing customers with their motivations, attitudes, behaviours and lifetime value, compare them side by side and build a profile with a sales and marketing recommendation for each group.',
  unit: unitRef(L3B3),
  criteria: criteriaOf(L3B3, ['1.1', '1.2', '2.1', '2.2', '2.3']),
  alsoSupports: 'L3C1 Prospect for New Business (ideal customer profile)',
  // Until this worksheet is split into sections (issue 17), one section shows all of it.
  sections: [{ id: 'all', title: 'The whole worksheet', criteria: [] }],
};
