import type { WorksheetModel } from '../../lib/worksheet-definition';
import { meetingPreparationCompleteness } from './completeness';
import { createEmptyMeetingPreparation, parseMeetingPreparation, MEETING_PREPARATION_SCHEMA_VERSION, type MeetingPreparationData } from './model';

/**
 * What the section page needs to open, check and save a meeting preparation document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const meetingPreparationPageModel: WorksheetModel<MeetingPreparationData> = {
  schemaVersion: MEETING_PREPARATION_SCHEMA_VERSION,
  parse: parseMeetingPreparation,
  createEmpty: createEmptyMeetingPreparation,
  completeness: meetingPreparationCompleteness,
};
