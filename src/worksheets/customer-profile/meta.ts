import { criteriaOf } from '../../lib/spec/criteria';
import L3B3 from '../../lib/spec/units/L3B3';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { customerProfileCard } from './card';

/** What the shell shows about the customer profile builder before loading it. Wording from the ISP spec, unit L3B3. */
export const customerProfileMeta: WorksheetMeta = {
  ...customerProfileCard,
  criteria: criteriaOf(L3B3, ['1.1', '1.2', '2.1', '2.2', '2.3']),
  // Short pages: the customers are met in steps (who they are, their characteristics, why they
  // buy, what they are worth), each a page for every customer; the comparison and the profiles in two.
  sections: [
    { id: 'organisation', title: 'The organisation and its customers', criteria: [] },
    { id: 'consumer-segmentation', title: 'Segmenting consumers (B2C)', criteria: ['1.1'] },
    { id: 'business-segmentation', title: 'Segmenting business customers (B2B)', criteria: ['1.1'] },
    { id: 'customers', title: 'Your customers', criteria: ['2.1'] },
    { id: 'characteristics', title: 'Your customers’ characteristics', criteria: ['2.1'] },
    { id: 'motivations', title: 'Motivations, attitudes and behaviours', criteria: ['1.2'] },
    { id: 'figures', title: 'Figures and lifetime value', criteria: ['2.1'] },
    { id: 'comparison', title: 'Compare the customers', criteria: ['2.2'] },
    { id: 'analysis', title: 'Compare the figures and analyse the differences', criteria: ['2.2'] },
    { id: 'profiles', title: 'Customer profiles', criteria: ['2.3'] },
    { id: 'recommendations', title: 'Sales and marketing recommendations', criteria: ['2.3'] },
    { id: 'ideal-customer', title: 'Your ideal customer profile', criteria: [] },
  ],
};
