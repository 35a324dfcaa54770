import { defineWorksheet } from '../../lib/worksheet-definition';
import { salesActivityPlanMeta } from './meta';

/** The Sales activity plan and budget as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const salesActivityPlanWorksheet = defineWorksheet(
  salesActivityPlanMeta,
  async () => (await import('./definition')).salesActivityPlanModel,
  async () => (await import('./SalesActivityPlanPage')).SalesActivityPlanPage,
  async () => (await import('./exports')).salesActivityPlanExports,
);
