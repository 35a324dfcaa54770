import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { negotiationPlanCompleteness } from './completeness';
import { createNegotiationPlanExample } from './example';
import { createEmptyNegotiationPlan, parseNegotiationPlan, NEGOTIATION_PLAN_SCHEMA_VERSION, type NegotiationPlanData } from './model';
import { negotiationPlanEvidenceBlocks } from './pdf';
import { negotiationPlanSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a negotiation plan and record. */
export const negotiationPlanModel: WorksheetModelWithExample<NegotiationPlanData> = {
  schemaVersion: NEGOTIATION_PLAN_SCHEMA_VERSION,
  parse: parseNegotiationPlan,
  createEmpty: createEmptyNegotiationPlan,
  createExample: createNegotiationPlanExample,
  completeness: negotiationPlanCompleteness,
  evidenceBlocks: negotiationPlanEvidenceBlocks,
  spreadsheetTables: negotiationPlanSpreadsheetTables,
};
