import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createDecisionExample } from './example';
import type { DecisionData } from './model';
import { decisionMatrixPageModel } from './page-model';

/** Everything the shell needs to store, check and import a decision-matrix document: the page model with its worked example (its exports are in exports.ts). */
export const decisionMatrixModel: WorksheetModelWithExample<DecisionData> = {
  ...decisionMatrixPageModel,
  createExample: () => createDecisionExample(),
};
