import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { MeetingPreparationData } from './model';
import { meetingPreparationEvidenceBlocks } from './pdf';
import { meetingPreparationSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const meetingPreparationExports: WorksheetExports<MeetingPreparationData> = {
  evidenceBlocks: meetingPreparationEvidenceBlocks,
  spreadsheetTables: meetingPreparationSpreadsheetTables,
};
