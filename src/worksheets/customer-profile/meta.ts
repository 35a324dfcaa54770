import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the customer profile builder before loading it. Wording from the ISP spec, unit L3B3. */
export const customerProfileMeta: WorksheetMeta = {
  id: 'customer-profile',
  title: 'Customer profile builder',
  summary:
    'Explain how customers are segmented, define at least two of your existing customers with their motivations, attitudes, behaviours and lifetime value, compare them side by side and build a profile with a sales and marketing recommendation for each group.',
  unit: { code: 'L3B3', title: 'Understand Customer Groups and Profiling' },
  criteria: [
    { code: '1.1', text: 'Explain the methods used to segment customer groups' },
    { code: '1.2', text: 'Describe the motivations, attitudes and behaviours of customers' },
    { code: '2.1', text: 'Define the characteristics of existing customers' },
    { code: '2.2', text: 'Analyse the differences between existing customers' },
    { code: '2.3', text: 'Develop customer profiles based on analysis' },
  ],
  alsoSupports: 'L3C1 Prospect for New Business (ideal customer profile)',
};
