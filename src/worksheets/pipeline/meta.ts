import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the pipeline calculator before loading it. Wording from the ISP spec, unit L3C5. */
export const pipelineMeta: WorksheetMeta = {
  id: 'pipeline',
  title: 'Pipeline conversion calculator',
  summary:
    'Count your pipeline stage by stage for a dated period, calculate the conversion ratios (prospect, lead and proposal to customer), find the bottleneck, score and prioritise your prospects at dated reviews, and plan your time to match.',
  unit: { code: 'L3C5', title: 'Sales Pipeline Management' },
  criteria: [
    { code: '2.1', text: 'Calculate current conversion ratios for different stages of the sales pipeline process' },
    { code: '2.2', text: 'Evaluate prospects at regular intervals against criteria for each step of the sales process' },
    { code: '2.3', text: 'Prioritise time and effort for each prospect based on the likelihood of conversion to customer' },
    { code: '3.1', text: 'Demonstrate the sales activities used to manage a sales pipeline' },
    { code: '3.2', text: 'Use organisational systems and procedures to manage prospects' },
  ],
  alsoSupports: 'L3C1 Prospect for New Business 1.3 (how conversion rates are used when prospecting)',
};
