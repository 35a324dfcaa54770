import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { meetingPreparationCompleteness } from './completeness';
import { createMeetingPreparationExample } from './example';
import { createEmptyMeetingPreparation, parseMeetingPreparation, MEETING_PREPARATION_SCHEMA_VERSION, type MeetingPreparationData } from './model';
import { meetingPreparationEvidenceBlocks } from './pdf';
import { meetingPreparationSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a meeting preparation document. */
export const meetingPreparationModel: WorksheetModelWithExample<MeetingPreparationData> = {
  schemaVersion: MEETING_PREPARATION_SCHEMA_VERSION,
  parse: parseMeetingPreparation,
  createEmpty: createEmptyMeetingPreparation,
  createExample: createMeetingPreparationExample,
  completeness: meetingPreparationCompleteness,
  evidenceBlocks: meetingPreparationEvidenceBlocks,
  spreadsheetTables: meetingPreparationSpreadsheetTables,
};
