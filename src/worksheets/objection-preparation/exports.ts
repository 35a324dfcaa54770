import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { ObjectionPreparationData } from './model';
import { objectionPreparationEvidenceBlocks } from './pdf';
import { objectionPreparationSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const objectionPreparationExports: WorksheetExports<ObjectionPreparationData> = {
  evidenceBlocks: objectionPreparationEvidenceBlocks,
  spreadsheetTables: objectionPreparationSpreadsheetTables,
};
