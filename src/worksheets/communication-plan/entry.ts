import { defineWorksheet } from '../../lib/worksheet-definition';
import { communicationPlanMeta } from './meta';

/** The Communication plan as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const communicationPlanWorksheet = defineWorksheet(
  communicationPlanMeta,
  async () => (await import('./definition')).communicationPlanModel,
  async () => (await import('./CommunicationPlanPage')).CommunicationPlanPage,
  async () => (await import('./exports')).communicationPlanExports,
);
