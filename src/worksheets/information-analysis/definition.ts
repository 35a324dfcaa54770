import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createInformationAnalysisExample } from './example';
import type { InformationAnalysisData } from './model';
import { informationAnalysisPageModel } from './page-model';

/** Everything the shell needs to store, check and import a sales information analysis document: the page model with its worked example (its exports are in exports.ts). */
export const informationAnalysisModel: WorksheetModelWithExample<InformationAnalysisData> = {
  ...informationAnalysisPageModel,
  createExample: createInformationAnalysisExample,
};
