import { criteriaOf } from '../../lib/spec/criteria';
import L3C4 from '../../lib/spec/units/L3C4';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { salesActivityPlanCard } from './card';

/** What the shell shows about the sales activity plan before loading it. Wording from the ISP spec, unit L3C4. */
export const salesActivityPlanMeta: WorksheetMeta = {
  ...salesActivityPlanCard,
  // LO2 and LO3, the practical AC. LO1 is knowledge for the unit's workbook; 1.1 (SMART targets)
  // is the SMART objective writer's.
  criteria: criteriaOf(L3C4, ['2.1', '2.2', '2.3', '3.1', '3.2', '3.3']),
  sections: [
    { id: 'plan', title: 'Your target and the plan’s period', criteria: ['2.1'] },
    { id: 'customers', title: 'Prioritised customers and prospects', criteria: ['2.1'] },
    { id: 'activities', title: 'Planned activities, week by week', criteria: ['2.1'] },
    { id: 'resources', title: 'Hours and budget', criteria: ['2.2'] },
    { id: 'consultation', title: 'Colleagues consulted', criteria: ['2.3'] },
    { id: 'indicators', title: 'Indicators and progress', criteria: ['3.1'] },
    { id: 'issues', title: 'Potential issues', criteria: ['3.2'] },
    { id: 'evaluation', title: 'Evaluating your planning', criteria: ['3.3'] },
  ],
};
