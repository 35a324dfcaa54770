import { criteriaOf } from '../../lib/spec/criteria';
import L3B2 from '../../lib/spec/units/L3B2';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { pestleCard } from './card';

/** What the shell shows about the PESTLE builder before loading it. Wording from the ISP spec, unit L3B2. */
export const pestleMeta: WorksheetMeta = {
  ...pestleCard,
  criteria: criteriaOf(L3B2, ['2.1', '2.2', '2.3']),
  sections: [
    { id: 'organisation', title: 'The organisation', criteria: [] },
    { id: 'internal', title: 'Internal forces', criteria: ['2.1'] },
    { id: 'external', title: 'External forces: the PESTLE analysis', criteria: ['2.2', '2.3'] },
    { id: 'summary', title: 'Priorities and summary', criteria: [] },
  ],
};
