import { defineWorksheet } from '../../lib/worksheet-definition';
import { smartObjectivesMeta } from './meta';

/** The SMART objective writer as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const smartObjectivesWorksheet = defineWorksheet(smartObjectivesMeta, {
  loadModel: async () => (await import('./definition')).smartObjectivesModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).smartObjectivesPageModel,
  loadPage: async () => (await import('./SmartObjectivesPage')).SmartObjectivesPage,
  loadExports: async () => (await import('./exports')).smartObjectivesExports,
});
