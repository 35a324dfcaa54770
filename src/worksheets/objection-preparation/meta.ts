import { criteriaOf } from '../../lib/spec/criteria';
import L3C2 from '../../lib/spec/units/L3C2';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { objectionPreparationCard } from './card';

/** What the shell shows about the objection preparation before loading it. AC in the spec's words, from unit L3C2's outline. */
export const objectionPreparationMeta: WorksheetMeta = {
  ...objectionPreparationCard,
  criteria: criteriaOf(L3C2, ['2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4']),
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'prospects', title: 'Prospects and their meetings', criteria: ['2.1'] },
    { id: 'objections', title: 'Objections you expect', criteria: ['2.1'] },
    { id: 'previous-objections', title: 'Review of previous objections', criteria: ['2.2'] },
    { id: 'mindset', title: 'A positive mindset before the meetings', criteria: ['2.3'] },
    { id: 'observations', title: 'Observed sales meetings', criteria: ['3.1', '3.2', '3.3', '3.4'] },
  ],
};
