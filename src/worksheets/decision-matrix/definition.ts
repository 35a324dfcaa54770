import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { decisionCompleteness } from './completeness';
import { createDecisionExample } from './example';
import { createEmptyDecision, DECISION_SCHEMA_VERSION, parseDecision, type DecisionData } from './model';

/** Everything the shell needs to store, check and import a decision-matrix document (its exports are in exports.ts). */
export const decisionMatrixModel: WorksheetModelWithExample<DecisionData> = {
  schemaVersion: DECISION_SCHEMA_VERSION,
  parse: parseDecision,
  createEmpty: createEmptyDecision,
  createExample: () => createDecisionExample(),
  completeness: decisionCompleteness,
};
