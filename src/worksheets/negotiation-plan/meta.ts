import { criteriaOf } from '../../lib/spec/criteria';
import L3C3 from '../../lib/spec/units/L3C3';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { negotiationPlanCard } from './card';

/** What the shell shows about the negotiation plan and record before loading it. AC in the spec's words, from unit L3C3's outline. */
export const negotiationPlanMeta: WorksheetMeta = {
  ...negotiationPlanCard,
  criteria: criteriaOf(L3C3, ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '3.1', '3.2', '3.3', '3.4']),
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'negotiations', title: 'The negotiations and the customers’ needs', criteria: ['2.1'] },
    { id: 'limits', title: 'Your objectives and limits', criteria: ['2.1'] },
    { id: 'concessions', title: 'Concessions you can trade', criteria: ['2.1', '2.4'] },
    { id: 'opportunities', title: 'Cross- and up-selling opportunities', criteria: ['2.3'] },
    { id: 'strategy', title: 'The strategy and why', criteria: ['2.1'] },
    { id: 'conduct', title: 'Observed: conducting the negotiation', criteria: ['2.2', '2.3', '2.4', '2.5', '2.6', '2.7'] },
    { id: 'closing', title: 'Observed: objections, closes and records', criteria: ['3.1', '3.2', '3.3', '3.4'] },
  ],
};
