import { criteriaOf } from '../../lib/spec/criteria';
import L3B5 from '../../lib/spec/units/L3B5';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { informationAnalysisCard } from './card';

/** What the shell shows about the sales information analysis before loading it. AC in the spec's words, from unit L3B5's outline. */
export const informationAnalysisMeta: WorksheetMeta = {
  ...informationAnalysisCard,
  // LO2 and LO3, the practical AC. LO1 (1.1–1.4) is knowledge for the unit's workbook.
  criteria: criteriaOf(L3B5, ['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3']),
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'needs', title: 'Your organisation and the information you need', criteria: ['2.1'] },
    { id: 'sources', title: 'Potential sources of information', criteria: ['2.2'] },
    { id: 'reliability', title: 'Reliability of the sources and the best three', criteria: ['2.3'] },
    { id: 'gathered', title: 'Information gathered from the best three', criteria: ['2.4'] },
    { id: 'figures', title: 'Your sales figures', criteria: ['3.1'] },
    { id: 'analysis', title: 'Tools and methods used to analyse', criteria: ['3.1'] },
    { id: 'trends', title: 'Trends and patterns', criteria: ['3.2'] },
    { id: 'communication', title: 'Findings communicated to two audiences', criteria: ['3.3'] },
  ],
};
