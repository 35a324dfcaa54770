import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import L3L3 from '../../lib/spec/units/L3L3';
import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the decision matrix before loading it. Wording from the ISP spec, unit L3L3. */
export const decisionMatrixMeta: WorksheetMeta = {
  id: 'decision-matrix',
  title: 'Weighted decision matrix',
  summary:
    'Work through a real sales problem from start to finish: define it, gather data, find the root cause, score your options in a weighted decision matrix, check how sensitive the decision is, get approval, then implement and evaluate.',
  unit: unitRef(L3L3),
  criteria: criteriaOf(L3L3, ['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '4.1', '4.2']),
  // Until this worksheet is split into sections (issue 17), one section shows all of it.
  sections: [{ id: 'all', title: 'The whole worksheet', criteria: [] }],
};
