import type { WorksheetModel } from '../../lib/worksheet-definition';
import { negotiationPlanCompleteness } from './completeness';
import { createEmptyNegotiationPlan, parseNegotiationPlan, NEGOTIATION_PLAN_SCHEMA_VERSION, type NegotiationPlanData } from './model';

/**
 * What the section page needs to open, check and save a negotiation plan and record: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const negotiationPlanPageModel: WorksheetModel<NegotiationPlanData> = {
  schemaVersion: NEGOTIATION_PLAN_SCHEMA_VERSION,
  parse: parseNegotiationPlan,
  createEmpty: createEmptyNegotiationPlan,
  completeness: negotiationPlanCompleteness,
};
