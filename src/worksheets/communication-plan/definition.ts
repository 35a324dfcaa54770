import type { WorksheetModel } from '../../lib/worksheet-definition';
import { communicationPlanCompleteness } from './completeness';
import { createCommunicationPlanExample } from './example';
import { createEmptyCommunicationPlan, parseCommunicationPlan, COMMUNICATION_PLAN_SCHEMA_VERSION, type CommunicationPlanData } from './model';
import { communicationPlanEvidenceBlocks } from './pdf';
import { communicationPlanSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a communication plan document. */
export const communicationPlanModel: WorksheetModel<CommunicationPlanData> = {
  schemaVersion: COMMUNICATION_PLAN_SCHEMA_VERSION,
  parse: parseCommunicationPlan,
  createEmpty: createEmptyCommunicationPlan,
  createExample: createCommunicationPlanExample,
  completeness: communicationPlanCompleteness,
  evidenceBlocks: communicationPlanEvidenceBlocks,
  spreadsheetTables: communicationPlanSpreadsheetTables,
};
