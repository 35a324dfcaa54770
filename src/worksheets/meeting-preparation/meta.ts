import { criteriaOf } from '../../lib/spec/criteria';
import L3C1 from '../../lib/spec/units/L3C1';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { meetingPreparationCard } from './card';

/** What the shell shows about the meeting preparation before loading it. AC in the spec's words, from unit L3C1's outline. */
export const meetingPreparationMeta: WorksheetMeta = {
  ...meetingPreparationCard,
  // LO2 in full. LO1 (1.1–1.5) is knowledge the unit's workbook covers; the guidance asks for no
  // observed meeting, so there is no observation record.
  criteria: criteriaOf(L3C1, ['2.1', '2.2', '2.3', '2.4']),
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'organisation', title: 'Your organisation and what it offers', criteria: ['2.3'] },
    { id: 'prospects', title: 'Interested prospects', criteria: ['2.1'] },
    { id: 'meetings', title: 'Sales meetings arranged', criteria: ['2.2'] },
    { id: 'needs', title: 'Products and services matched to their needs', criteria: ['2.3'] },
    { id: 'dialogue', title: 'Dialogue frameworks', criteria: ['2.4'] },
  ],
};
