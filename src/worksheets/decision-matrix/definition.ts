import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { decisionCompleteness } from './completeness';
import { createDecisionExample } from './example';
import { createEmptyDecision, DECISION_SCHEMA_VERSION, parseDecision, type DecisionData } from './model';
import { decisionEvidenceBlocks } from './pdf';
import { decisionSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a decision-matrix document. */
export const decisionMatrixModel: WorksheetModelWithExample<DecisionData> = {
  schemaVersion: DECISION_SCHEMA_VERSION,
  parse: parseDecision,
  createEmpty: createEmptyDecision,
  createExample: () => createDecisionExample(),
  completeness: decisionCompleteness,
  evidenceBlocks: decisionEvidenceBlocks,
  spreadsheetTables: decisionSpreadsheetTables,
};
