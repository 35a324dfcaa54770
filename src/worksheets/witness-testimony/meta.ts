import { criteriaOf } from '../../lib/spec/criteria';
import L3C2 from '../../lib/spec/units/L3C2';
import L3C3 from '../../lib/spec/units/L3C3';
import L3L1 from '../../lib/spec/units/L3L1';
import L4C2 from '../../lib/spec/units/L4C2';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { witnessTestimonyCard } from './card';

/**
 * What the shell shows about the witness testimony before loading it. One form serves every unit:
 * the learner picks the unit and the AC the witness saw, and the document evidences those only
 * (`evidenceScope`). The AC listed here are the ones whose assessor guidance asks for a witness, an
 * observer or a line manager's confirmation (seed 003 lines 1180, 1273–1274, 1559, 1679), so the
 * home page, the Units page and the workbooks suggest it there. AC wording from lib/spec.
 */
export const witnessTestimonyMeta: WorksheetMeta = {
  ...witnessTestimonyCard,
  criteria: [
    ...criteriaOf(L3C2, ['3.1', '3.2', '3.3', '3.4'], { withUnit: true }),
    ...criteriaOf(L3C3, ['2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '3.1', '3.2', '3.3', '3.4'], { withUnit: true }),
    ...criteriaOf(L3L1, ['2.1', '2.2', '2.3', '2.4'], { withUnit: true }),
    ...criteriaOf(L4C2, ['2.1', '2.3', '2.4', '2.5', '2.6'], { withUnit: true }),
  ],
  // The AC a section evidences depend on the unit chosen, so no section names them here.
  sections: [
    { id: 'unit', title: 'The unit and the criteria observed', criteria: [] },
    { id: 'witness', title: 'About the witness', criteria: [] },
    { id: 'observation', title: 'When and where they saw it', criteria: [] },
    { id: 'accounts', title: 'What the witness saw', criteria: [] },
    { id: 'sign-off', title: 'Declaration and assessor’s decision', criteria: [] },
  ],
};
