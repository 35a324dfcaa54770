import { defineWorksheet } from '../../lib/worksheet-definition';
import { meetingPreparationMeta } from './meta';

/** The Meeting preparation as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const meetingPreparationWorksheet = defineWorksheet(
  meetingPreparationMeta,
  async () => (await import('./definition')).meetingPreparationModel,
  async () => (await import('./MeetingPreparationPage')).MeetingPreparationPage,
  async () => (await import('./exports')).meetingPreparationExports,
);
