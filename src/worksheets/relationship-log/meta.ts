import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the relationship log before loading it. Wording from the ISP spec, unit L3L1. */
export const relationshipLogMeta: WorksheetMeta = {
  id: 'relationship-log',
  title: 'Relationship log',
  summary: 'Work through unit L3L1 (Developing Relationships) step by step and export the evidence as a PDF.',
  unit: { code: 'L3L1', title: 'Developing Relationships' },
  // Copy each assessment criterion's code and wording from the specification.
  criteria: [{ code: '1.1', text: 'The first assessment criterion of L3L1' }],
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'situation', title: 'The situation', criteria: [] },
    { id: 'answer', title: 'Your answer', criteria: ['1.1'] },
  ],
};
