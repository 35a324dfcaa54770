import type { WorksheetModel } from '../../lib/worksheet-definition';
import { salesActivityPlanCompleteness } from './completeness';
import { createEmptySalesActivityPlan, parseSalesActivityPlan, SALES_ACTIVITY_PLAN_SCHEMA_VERSION, type SalesActivityPlanData } from './model';

/**
 * What the section page needs to open, check and save a sales activity plan document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const salesActivityPlanPageModel: WorksheetModel<SalesActivityPlanData> = {
  schemaVersion: SALES_ACTIVITY_PLAN_SCHEMA_VERSION,
  parse: parseSalesActivityPlan,
  createEmpty: createEmptySalesActivityPlan,
  completeness: salesActivityPlanCompleteness,
};
