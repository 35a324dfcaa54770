import { defineWorksheet } from '../../lib/worksheet-definition';
import { objectionPreparationMeta } from './meta';

/** The Objection preparation as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const objectionPreparationWorksheet = defineWorksheet(objectionPreparationMeta, {
  loadModel: async () => (await import('./definition')).objectionPreparationModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).objectionPreparationPageModel,
  loadPage: async () => (await import('./ObjectionPreparationPage')).ObjectionPreparationPage,
  loadExports: async () => (await import('./exports')).objectionPreparationExports,
});
