import { defineWorksheet } from '../../lib/worksheet-definition';
import { negotiationPlanMeta } from './meta';

/** The Negotiation plan as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const negotiationPlanWorksheet = defineWorksheet(
  negotiationPlanMeta,
  async () => (await import('./definition')).negotiationPlanModel,
  async () => (await import('./NegotiationPlanPage')).NegotiationPlanPage,
  async () => (await import('./exports')).negotiationPlanExports,
);
