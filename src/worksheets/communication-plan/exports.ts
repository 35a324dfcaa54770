import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { CommunicationPlanData } from './model';
import { communicationPlanEvidenceBlocks } from './pdf';
import { communicationPlanSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const communicationPlanExports: WorksheetExports<CommunicationPlanData> = {
  evidenceBlocks: communicationPlanEvidenceBlocks,
  spreadsheetTables: communicationPlanSpreadsheetTables,
};
