import { criteriaOf } from '../../lib/spec/criteria';
import L3L3 from '../../lib/spec/units/L3L3';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { decisionMatrixCard } from './card';

/** What the shell shows about the decision matrix before loading it. Wording from the ISP spec, unit L3L3. */
export const decisionMatrixMeta: WorksheetMeta = {
  ...decisionMatrixCard,
  criteria: criteriaOf(L3L3, ['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '4.1', '4.2']),
  // The criteria sit with the scores so the matrix grows beside them; the results sit with the decision they inform.
  sections: [
    { id: 'problem', title: 'The problem', criteria: ['2.1'] },
    { id: 'data', title: 'Data and information', criteria: ['2.2'] },
    { id: 'root-cause', title: 'The root cause', criteria: ['2.3'] },
    { id: 'options', title: 'Options', criteria: ['2.4'] },
    { id: 'matrix', title: 'Criteria and scores', criteria: ['3.1'] },
    { id: 'decision', title: 'Results and your decision', criteria: ['3.1'] },
    { id: 'approval', title: 'Management approval', criteria: ['3.2'] },
    { id: 'implementation', title: 'Implementation', criteria: ['4.1'] },
    { id: 'evaluation', title: 'Evaluation', criteria: ['4.2'] },
  ],
};
