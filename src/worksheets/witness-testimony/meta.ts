import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the witness testimony before loading it. Wording from the ISP spec, unit L3C3. */
export const witnessTestimonyMeta: WorksheetMeta = {
  id: 'witness-testimony',
  title: 'Witness testimony',
  summary: 'Work through unit L3C3 (Negotiate and Close Sales) step by step and export the evidence as a PDF.',
  unit: { code: 'L3C3', title: 'Negotiate and Close Sales' },
  // Copy each assessment criterion's code and wording from the specification.
  criteria: [{ code: '1.1', text: 'The first assessment criterion of L3C3' }],
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'situation', title: 'The situation', criteria: [] },
    { id: 'answer', title: 'Your answer', criteria: ['1.1'] },
  ],
};
