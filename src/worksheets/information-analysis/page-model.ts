import type { WorksheetModel } from '../../lib/worksheet-definition';
import { informationAnalysisCompleteness } from './completeness';
import { createEmptyInformationAnalysis, INFORMATION_ANALYSIS_SCHEMA_VERSION, parseInformationAnalysis, type InformationAnalysisData } from './model';

/**
 * What the section page needs to open, check and save a sales information analysis document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const informationAnalysisPageModel: WorksheetModel<InformationAnalysisData> = {
  schemaVersion: INFORMATION_ANALYSIS_SCHEMA_VERSION,
  parse: parseInformationAnalysis,
  createEmpty: createEmptyInformationAnalysis,
  completeness: informationAnalysisCompleteness,
};
