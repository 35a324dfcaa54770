import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { SalesActivityPlanData } from './model';
import { salesActivityPlanEvidenceBlocks } from './pdf';
import { salesActivityPlanSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const salesActivityPlanExports: WorksheetExports<SalesActivityPlanData> = {
  evidenceBlocks: salesActivityPlanEvidenceBlocks,
  spreadsheetTables: salesActivityPlanSpreadsheetTables,
};
