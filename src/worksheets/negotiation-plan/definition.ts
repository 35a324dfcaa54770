import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { negotiationPlanCompleteness } from './completeness';
import { createNegotiationPlanExample } from './example';
import { createEmptyNegotiationPlan, parseNegotiationPlan, NEGOTIATION_PLAN_SCHEMA_VERSION, type NegotiationPlanData } from './model';

/** Everything the shell needs to store, check and import a negotiation plan and record (its exports are in exports.ts). */
export const negotiationPlanModel: WorksheetModelWithExample<NegotiationPlanData> = {
  schemaVersion: NEGOTIATION_PLAN_SCHEMA_VERSION,
  parse: parseNegotiationPlan,
  createEmpty: createEmptyNegotiationPlan,
  createExample: createNegotiationPlanExample,
  completeness: negotiationPlanCompleteness,
};
