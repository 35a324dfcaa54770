import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { NegotiationPlanData } from './model';
import { negotiationPlanEvidenceBlocks } from './pdf';
import { negotiationPlanSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const negotiationPlanExports: WorksheetExports<NegotiationPlanData> = {
  evidenceBlocks: negotiationPlanEvidenceBlocks,
  spreadsheetTables: negotiationPlanSpreadsheetTables,
};
