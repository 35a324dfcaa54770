import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createPestleExample } from './example';
import type { PestleData } from './model';
import { pestlePageModel } from './page-model';

/** Everything the shell needs to store, check and import a PESTLE document: the page model with its worked example (its exports are in exports.ts). */
export const pestleModel: WorksheetModelWithExample<PestleData> = {
  ...pestlePageModel,
  createExample: createPestleExample,
};
