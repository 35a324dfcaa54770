import type { WorksheetMeta } from '../../lib/worksheet-definition';

/**
 * What the shell shows about the SMART objective writer before loading it. One worksheet serves
 * four units: the learner picks a context, and the context decides which of these AC the document
 * evidences (the PDF says which). AC wording is copied from the ISP spec.
 */
export const smartObjectivesMeta: WorksheetMeta = {
  id: 'smart-objectives',
  title: 'SMART objective writer',
  summary:
    'Write SMART objectives for sales targets, a professional development plan, a motivation plan or a sales presentation, with live feedback on each letter, dated progress reviews and a chart of progress.',
  unit: { code: 'L3C4/L3S3/L3S1/L4C2', title: 'SMART objectives (Plan Sales Activities; Plan Professional Development; Personal Motivation and Sales Performance; Prepare and Present Sales Solutions)' },
  criteria: [
    { code: 'L3C4 1.1', text: 'Explain how to set personal sales targets' },
    { code: 'L3S3 2.1', text: 'Assess personal strengths and development needs in relation to a sales role' },
    { code: 'L3S3 2.2', text: 'Produce a personal development plan' },
    { code: 'L3S3 2.3', text: 'Implement the personal development plan to meet personal development objectives' },
    { code: 'L3S3 2.4', text: 'Review progress towards the achievement of personal development objectives' },
    { code: 'L3S1 2.1', text: 'Create a personal development plan to improve sales performance using a motivation theory' },
    { code: 'L3S1 2.2', text: 'Implement the personal development plan' },
    { code: 'L3S1 2.3', text: 'Review and update the personal development plan' },
    { code: 'L4C2 1.3', text: 'Explain how to write objectives to meet the needs and interests of customers' },
    { code: 'L4C2 2.3', text: 'Deliver sales presentations/demonstrations to meet specified objectives' },
  ],
  alsoSupports: 'L3C4 3.1 (indicators to monitor success) and L4C2 3.1 (evaluating a presentation against its objectives)',
};
