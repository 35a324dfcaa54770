import type { WitnessTestimonyData } from './model';

/** A fictional worked example a tutor can open in one click; it meets every completeness rule. */
export function createWitnessTestimonyExample(): { name: string; data: WitnessTestimonyData } {
  return {
    name: 'Worked example: Witness testimony',
    data: {
      situation: 'Northgate Office Supplies Ltd (fictional case study): a field sales team of six selling to schools.',
      answer: 'A worked answer written against the unit’s assessor guidance, to be replaced with the unit’s own example.',
    },
  };
}
