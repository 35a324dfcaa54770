import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { salesActivityPlanCompleteness } from './completeness';
import { createSalesActivityPlanExample } from './example';
import { createEmptySalesActivityPlan, parseSalesActivityPlan, SALES_ACTIVITY_PLAN_SCHEMA_VERSION, type SalesActivityPlanData } from './model';

/** Everything the shell needs to store, check and import a sales activity plan document (its exports are in exports.ts). */
export const salesActivityPlanModel: WorksheetModelWithExample<SalesActivityPlanData> = {
  schemaVersion: SALES_ACTIVITY_PLAN_SCHEMA_VERSION,
  parse: parseSalesActivityPlan,
  createEmpty: createEmptySalesActivityPlan,
  createExample: createSalesActivityPlanExample,
  completeness: salesActivityPlanCompleteness,
};
