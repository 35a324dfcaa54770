import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the meeting preparation before loading it. Wording from the ISP spec, unit L3C1. */
export const meetingPreparationMeta: WorksheetMeta = {
  id: 'meeting-preparation',
  title: 'Meeting preparation',
  summary: 'Work through unit L3C1 (Prospect for New Business) step by step and export the evidence as a PDF.',
  unit: { code: 'L3C1', title: 'Prospect for New Business' },
  // Copy each assessment criterion's code and wording from the specification.
  criteria: [{ code: '1.1', text: 'The first assessment criterion of L3C1' }],
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'situation', title: 'The situation', criteria: [] },
    { id: 'answer', title: 'Your answer', criteria: ['1.1'] },
  ],
};
