import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import L3S2 from '../../lib/spec/units/L3S2';
import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the stress baseline tracker before loading it. Wording from the ISP spec, unit L3S2. */
export const stressTrackerMeta: WorksheetMeta = {
  id: 'stress-tracker',
  title: 'Stress baseline tracker',
  summary:
    'Explain pressure and stress, their causes and impacts, and outline techniques; then choose one, take a baseline, log daily check-ins for at least a month, retake the same self-check and review what changed.',
  unit: unitRef(L3S2),
  criteria: criteriaOf(L3S2, ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4']),
  // Until this worksheet is split into sections (issue 17), one section shows all of it.
  sections: [{ id: 'all', title: 'The whole worksheet', criteria: [] }],
};
