import { criteriaOf } from '../../lib/spec/criteria';
import L3C4 from '../../lib/spec/units/L3C4';
import L3S1 from '../../lib/spec/units/L3S1';
import L3S3 from '../../lib/spec/units/L3S3';
import L4C2 from '../../lib/spec/units/L4C2';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { smartObjectivesCard } from './card';

/**
 * What the shell shows about the SMART objective writer before loading it. One worksheet serves
 * four units: the learner picks a context, and the context decides which of these AC the document
 * evidences (the PDF says which). AC wording comes from the units' outlines (lib/spec).
 */
export const smartObjectivesMeta: WorksheetMeta = {
  ...smartObjectivesCard,
  criteria: [
    ...criteriaOf(L3C4, ['1.1'], { withUnit: true }),
    ...criteriaOf(L3S3, ['2.1', '2.2', '2.3', '2.4'], { withUnit: true }),
    ...criteriaOf(L3S1, ['2.1', '2.2', '2.3'], { withUnit: true }),
    ...criteriaOf(L4C2, ['1.3'], { withUnit: true }),
  ],
  // One list for every context: a section a context does not use says so on its page, and has no
  // rules for that context, so its status reads "Optional".
  sections: [
    { id: 'context', title: 'What your objectives are for', criteria: [] },
    { id: 'background', title: 'Where your objectives come from', criteria: ['L3C4 1.1', 'L3S3 2.1', 'L3S1 2.1', 'L4C2 1.3'] },
    { id: 'objectives', title: 'Your SMART objectives', criteria: ['L3C4 1.1', 'L3S3 2.2', 'L3S1 2.1', 'L4C2 1.3'] },
    { id: 'development', title: 'Opportunities, methods and support', criteria: ['L3S3 2.2'] },
    { id: 'reviews', title: 'Progress reviews', criteria: ['L3S3 2.3', 'L3S3 2.4', 'L3S1 2.2', 'L3S1 2.3'] },
    { id: 'plan-update', title: 'Review and update the plan', criteria: ['L3S3 2.4', 'L3S1 2.3'] },
  ],
};
