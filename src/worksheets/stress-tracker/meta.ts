import { criteriaOf } from '../../lib/spec/criteria';
import L3S2 from '../../lib/spec/units/L3S2';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { stressTrackerCard } from './card';

/** What the shell shows about the stress baseline tracker before loading it. Wording from the ISP spec, unit L3S2. */
export const stressTrackerMeta: WorksheetMeta = {
  ...stressTrackerCard,
  criteria: criteriaOf(L3S2, ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4']),
  // In the order the learner works: understand stress, choose a technique, measure, use it for a month, measure again.
  // One AC a page for 1.1–1.4: with the worked example, any two of them together are taller than a short page.
  sections: [
    { id: 'pressure-and-stress', title: 'Pressure and stress', criteria: ['1.1'] },
    { id: 'stressors', title: 'What causes stress', criteria: ['1.2'] },
    { id: 'impacts', title: 'Impacts of workplace stress', criteria: ['1.3'] },
    { id: 'techniques', title: 'Ways to manage stress', criteria: ['1.4'] },
    { id: 'plan', title: 'Choose a technique and plan', criteria: ['2.1'] },
    { id: 'baseline', title: 'Measure your baseline', criteria: ['2.2'] },
    { id: 'check-ins', title: 'Daily check-ins', criteria: ['2.2'] },
    { id: 'retake-and-review', title: 'Retake and review', criteria: ['2.3'] },
    { id: 'support', title: 'Sources of support', criteria: ['2.4'] },
  ],
};
