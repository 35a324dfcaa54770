import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { meetingPreparationCompleteness } from './completeness';
import { createMeetingPreparationExample } from './example';
import { createEmptyMeetingPreparation, parseMeetingPreparation, MEETING_PREPARATION_SCHEMA_VERSION, type MeetingPreparationData } from './model';

/** Everything the shell needs to store, check and import a meeting preparation document (its exports are in exports.ts). */
export const meetingPreparationModel: WorksheetModelWithExample<MeetingPreparationData> = {
  schemaVersion: MEETING_PREPARATION_SCHEMA_VERSION,
  parse: parseMeetingPreparation,
  createEmpty: createEmptyMeetingPreparation,
  createExample: createMeetingPreparationExample,
  completeness: meetingPreparationCompleteness,
};
