import type { WorksheetModel } from '../../lib/worksheet-definition';
import { decisionCompleteness } from './completeness';
import { createEmptyDecision, DECISION_SCHEMA_VERSION, parseDecision, type DecisionData } from './model';

/**
 * What the section page needs to open, check and save a decision-matrix document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const decisionMatrixPageModel: WorksheetModel<DecisionData> = {
  schemaVersion: DECISION_SCHEMA_VERSION,
  parse: parseDecision,
  createEmpty: createEmptyDecision,
  completeness: decisionCompleteness,
};
