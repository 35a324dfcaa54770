import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the decision matrix before loading it. Wording from the ISP spec, unit L3L3. */
export const decisionMatrixMeta: WorksheetMeta = {
  id: 'decision-matrix',
  title: 'Weighted decision matrix',
  summary:
    'Work through a real sales problem from start to finish: define it, gather data, find the root cause, score your options in a weighted decision matrix, check how sensitive the decision is, get approval, then implement and evaluate.',
  unit: { code: 'L3L3', title: 'Solving Problems' },
  criteria: [
    { code: '2.1', text: 'Define a current workplace problem' },
    { code: '2.2', text: 'Gather data and information about a problem' },
    { code: '2.3', text: 'Identify the root cause of a problem using an analysis tool' },
    { code: '2.4', text: 'Generate options to address a problem' },
    { code: '3.1', text: 'Assess the options to address problems using a weighted decision matrix' },
    { code: '3.2', text: 'Seek approval from management to progress with the chosen solution' },
    { code: '4.1', text: 'Implement the chosen solution for the problem' },
    { code: '4.2', text: 'Evaluate the effectiveness of the implemented option' },
  ],
};
