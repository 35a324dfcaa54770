import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createNegotiationPlanExample } from './example';
import type { NegotiationPlanData } from './model';
import { negotiationPlanPageModel } from './page-model';

/** Everything the shell needs to store, check and import a negotiation plan and record: the page model with its worked example (its exports are in exports.ts). */
export const negotiationPlanModel: WorksheetModelWithExample<NegotiationPlanData> = {
  ...negotiationPlanPageModel,
  createExample: createNegotiationPlanExample,
};
