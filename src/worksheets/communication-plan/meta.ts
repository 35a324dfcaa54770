import { criteriaOf } from '../../lib/spec/criteria';
import L3B1 from '../../lib/spec/units/L3B1';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { communicationPlanCard } from './card';

/** What the shell shows about the communication plan before loading it. Wording from the ISP spec, unit L3B1. */
export const communicationPlanMeta: WorksheetMeta = {
  ...communicationPlanCard,
  // LO3 in full; LO2's barriers (2.2, 2.3) too, since the plan has to get past them. 2.1 (a
  // communication cycle) and LO1 are knowledge the unit's workbook covers.
  criteria: criteriaOf(L3B1, ['2.2', '2.3', '3.1', '3.2', '3.3']),
  // In the order the learner works: whose audiences, the audiences, the plan for one, then the learner's own side.
  sections: [
    { id: 'organisation', title: 'The organisation', criteria: ['3.1'] },
    { id: 'audiences', title: 'Target audiences', criteria: ['3.1'] },
    { id: 'plan', title: 'Communication plan and timeline', criteria: ['3.2'] },
    { id: 'preferences', title: 'Your communication preferences', criteria: ['3.3'] },
    { id: 'actions', title: 'Actions to improve', criteria: ['3.3'] },
    { id: 'barriers', title: 'Barriers and how to overcome them', criteria: ['2.2', '2.3'] },
  ],
};
