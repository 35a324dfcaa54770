import type { WorksheetModel } from '../../lib/worksheet-definition';
import { communicationPlanCompleteness } from './completeness';
import { createCommunicationPlanExample } from './example';
import { createEmptyCommunicationPlan, parseCommunicationPlan, COMMUNICATION_PLAN_SCHEMA_VERSION, type CommunicationPlanData } from './model';

/** Everything the shell needs to store, check and import a communication plan document (its exports are in exports.ts). */
export const communicationPlanModel: WorksheetModel<CommunicationPlanData> = {
  schemaVersion: COMMUNICATION_PLAN_SCHEMA_VERSION,
  parse: parseCommunicationPlan,
  createEmpty: createEmptyCommunicationPlan,
  createExample: createCommunicationPlanExample,
  completeness: communicationPlanCompleteness,
};
