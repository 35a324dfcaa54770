import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the communication plan before loading it. Wording from the ISP spec, unit L3B1. */
export const communicationPlanMeta: WorksheetMeta = {
  id: 'communication-plan',
  title: 'Communication plan',
  summary: 'Work through unit L3B1 (Understand Sales Communication) step by step and export the evidence as a PDF.',
  unit: { code: 'L3B1', title: 'Understand Sales Communication' },
  // Copy each assessment criterion's code and wording from the specification.
  criteria: [{ code: '1.1', text: 'The first assessment criterion of L3B1' }],
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'situation', title: 'The situation', criteria: [] },
    { id: 'answer', title: 'Your answer', criteria: ['1.1'] },
  ],
};
