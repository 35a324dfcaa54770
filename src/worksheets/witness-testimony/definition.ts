import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createWitnessTestimonyExample } from './example';
import type { WitnessTestimonyData } from './model';
import { witnessTestimonyPageModel } from './page-model';

/** Everything the shell needs to store, check and import a witness testimony: the page model with its worked example (its exports are in exports.ts). */
export const witnessTestimonyModel: WorksheetModelWithExample<WitnessTestimonyData> = {
  ...witnessTestimonyPageModel,
  createExample: createWitnessTestimonyExample,
};
