import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createSalesActivityPlanExample } from './example';
import type { SalesActivityPlanData } from './model';
import { salesActivityPlanPageModel } from './page-model';

/** Everything the shell needs to store, check and import a sales activity plan document: the page model with its worked example (its exports are in exports.ts). */
export const salesActivityPlanModel: WorksheetModelWithExample<SalesActivityPlanData> = {
  ...salesActivityPlanPageModel,
  createExample: createSalesActivityPlanExample,
};
