import type { InformationAnalysisData } from './model';

/** A fictional worked example a tutor can open in one click; it meets every completeness rule. */
export function createInformationAnalysisExample(): { name: string; data: InformationAnalysisData } {
  return {
    name: 'Worked example: Sales information analysis',
    data: {
      situation: 'Northgate Office Supplies Ltd (fictional case study): a field sales team of six selling to schools.',
      answer: 'A worked answer written against the unit’s assessor guidance, to be replaced with the unit’s own example.',
    },
  };
}
