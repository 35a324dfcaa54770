import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createMeetingPreparationExample } from './example';
import type { MeetingPreparationData } from './model';
import { meetingPreparationPageModel } from './page-model';

/** Everything the shell needs to store, check and import a meeting preparation document: the page model with its worked example (its exports are in exports.ts). */
export const meetingPreparationModel: WorksheetModelWithExample<MeetingPreparationData> = {
  ...meetingPreparationPageModel,
  createExample: createMeetingPreparationExample,
};
