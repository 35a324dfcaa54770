import type { WorksheetModel } from '../../lib/worksheet-definition';
import { communicationPlanCompleteness } from './completeness';
import { createEmptyCommunicationPlan, parseCommunicationPlan, COMMUNICATION_PLAN_SCHEMA_VERSION, type CommunicationPlanData } from './model';

/**
 * What the section page needs to open, check and save a communication plan document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const communicationPlanPageModel: WorksheetModel<CommunicationPlanData> = {
  schemaVersion: COMMUNICATION_PLAN_SCHEMA_VERSION,
  parse: parseCommunicationPlan,
  createEmpty: createEmptyCommunicationPlan,
  completeness: communicationPlanCompleteness,
};
