import { defineWorksheet } from '../../lib/worksheet-definition';
import { communicationPlanMeta } from './meta';

/** The Communication plan as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const communicationPlanWorksheet = defineWorksheet(communicationPlanMeta, {
  loadModel: async () => (await import('./definition')).communicationPlanModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).communicationPlanPageModel,
  loadPage: async () => (await import('./CommunicationPlanPage')).CommunicationPlanPage,
  loadExports: async () => (await import('./exports')).communicationPlanExports,
});
