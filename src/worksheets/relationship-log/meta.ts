import { criteriaOf } from '../../lib/spec/criteria';
import L3L1 from '../../lib/spec/units/L3L1';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { relationshipLogCard } from './card';

/** What the shell shows about the relationship log before loading it. AC in the spec's words, from unit L3L1's outline. */
export const relationshipLogMeta: WorksheetMeta = {
  ...relationshipLogCard,
  // Not 2.2 (performing under pressure as part of a team): its evidence is the learner's performance
  // (project plans, deadlines met, witness testimony), which the PDF names as still needed.
  criteria: criteriaOf(L3L1, ['1.1', '1.2', '2.1', '2.3', '2.4']),
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'people', title: 'Colleagues and stakeholders', criteria: ['1.1', '1.2', '2.1'] },
    { id: 'map', title: 'Stakeholder map', criteria: ['2.1'] },
    { id: 'relationships', title: 'Working relationships you developed', criteria: ['2.3'] },
    { id: 'challenge', title: 'A relationship challenge you resolved', criteria: ['2.4'] },
  ],
};
