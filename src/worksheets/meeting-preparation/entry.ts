import { defineWorksheet } from '../../lib/worksheet-definition';
import { meetingPreparationMeta } from './meta';

/** The Meeting preparation as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const meetingPreparationWorksheet = defineWorksheet(meetingPreparationMeta, {
  loadModel: async () => (await import('./definition')).meetingPreparationModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).meetingPreparationPageModel,
  loadPage: async () => (await import('./MeetingPreparationPage')).MeetingPreparationPage,
  loadExports: async () => (await import('./exports')).meetingPreparationExports,
});
