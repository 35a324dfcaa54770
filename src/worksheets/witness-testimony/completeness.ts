import type { ChecklistItem } from '../../lib/evidence-types';
import { hasText, type WitnessTestimonyData } from './model';

/** The assessor's minimums for L3C3, each as a rule that is met or not yet. */
export function witnessTestimonyCompleteness(data: WitnessTestimonyData): ChecklistItem[] {
  return [
    {
      label: 'The organisation or situation named',
      isMet: hasText(data.situation),
      sections: ['situation'],
      ...(hasText(data.situation) ? {} : { detail: 'Name it.' }),
    },
    {
      label: 'The criterion answered (AC 1.1)',
      isMet: hasText(data.answer),
      sections: ['answer'],
      ...(hasText(data.answer) ? {} : { detail: 'Write your answer.' }),
    },
  ];
}
