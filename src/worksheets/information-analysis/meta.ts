import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the sales information analysis before loading it. Wording from the ISP spec, unit L3B5. */
export const informationAnalysisMeta: WorksheetMeta = {
  id: 'information-analysis',
  title: 'Sales information analysis',
  summary: 'Work through unit L3B5 (Access and Analyse Sales Information) step by step and export the evidence as a PDF.',
  unit: { code: 'L3B5', title: 'Access and Analyse Sales Information' },
  // Copy each assessment criterion's code and wording from the specification.
  criteria: [{ code: '1.1', text: 'The first assessment criterion of L3B5' }],
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'situation', title: 'The situation', criteria: [] },
    { id: 'answer', title: 'Your answer', criteria: ['1.1'] },
  ],
};
