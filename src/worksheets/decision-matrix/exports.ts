import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { DecisionData } from './model';
import { decisionEvidenceBlocks } from './pdf';
import { decisionSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const decisionMatrixExports: WorksheetExports<DecisionData> = {
  evidenceBlocks: decisionEvidenceBlocks,
  spreadsheetTables: decisionSpreadsheetTables,
};
