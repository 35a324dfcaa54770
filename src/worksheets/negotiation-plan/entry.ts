import { defineWorksheet } from '../../lib/worksheet-definition';
import { negotiationPlanMeta } from './meta';

/** The Negotiation plan as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const negotiationPlanWorksheet = defineWorksheet(negotiationPlanMeta, {
  loadModel: async () => (await import('./definition')).negotiationPlanModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).negotiationPlanPageModel,
  loadPage: async () => (await import('./NegotiationPlanPage')).NegotiationPlanPage,
  loadExports: async () => (await import('./exports')).negotiationPlanExports,
});
