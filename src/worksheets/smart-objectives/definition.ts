import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createSmartExample } from './example';
import type { SmartData } from './model';
import { smartObjectivesPageModel } from './page-model';

/** Everything the shell needs to store, check and import a SMART objectives document: the page model with its worked example (its exports are in exports.ts). */
export const smartObjectivesModel: WorksheetModelWithExample<SmartData> = {
  ...smartObjectivesPageModel,
  createExample: createSmartExample,
};
