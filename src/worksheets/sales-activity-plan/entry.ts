import { defineWorksheet } from '../../lib/worksheet-definition';
import { salesActivityPlanMeta } from './meta';

/** The Sales activity plan and budget as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const salesActivityPlanWorksheet = defineWorksheet(salesActivityPlanMeta, {
  loadModel: async () => (await import('./definition')).salesActivityPlanModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).salesActivityPlanPageModel,
  loadPage: async () => (await import('./SalesActivityPlanPage')).SalesActivityPlanPage,
  loadExports: async () => (await import('./exports')).salesActivityPlanExports,
});
