import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { InformationAnalysisData } from './model';
import { informationAnalysisEvidenceBlocks } from './pdf';
import { informationAnalysisSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const informationAnalysisExports: WorksheetExports<InformationAnalysisData> = {
  evidenceBlocks: informationAnalysisEvidenceBlocks,
  spreadsheetTables: informationAnalysisSpreadsheetTables,
};
