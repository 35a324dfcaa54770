import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createCommunicationPlanExample } from './example';
import type { CommunicationPlanData } from './model';
import { communicationPlanPageModel } from './page-model';

/** Everything the shell needs to store, check and import a communication plan document: the page model with its worked example (its exports are in exports.ts). */
export const communicationPlanModel: WorksheetModelWithExample<CommunicationPlanData> = {
  ...communicationPlanPageModel,
  createExample: createCommunicationPlanExample,
};
