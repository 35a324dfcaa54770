import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { salesActivityPlanCompleteness } from './completeness';
import { createSalesActivityPlanExample } from './example';
import { createEmptySalesActivityPlan, parseSalesActivityPlan, SALES_ACTIVITY_PLAN_SCHEMA_VERSION, type SalesActivityPlanData } from './model';
import { salesActivityPlanEvidenceBlocks } from './pdf';
import { salesActivityPlanSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a sales activity plan document. */
export const salesActivityPlanModel: WorksheetModelWithExample<SalesActivityPlanData> = {
  schemaVersion: SALES_ACTIVITY_PLAN_SCHEMA_VERSION,
  parse: parseSalesActivityPlan,
  createEmpty: createEmptySalesActivityPlan,
  createExample: createSalesActivityPlanExample,
  completeness: salesActivityPlanCompleteness,
  evidenceBlocks: salesActivityPlanEvidenceBlocks,
  spreadsheetTables: salesActivityPlanSpreadsheetTables,
};
