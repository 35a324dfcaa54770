import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { informationAnalysisCompleteness } from './completeness';
import { createInformationAnalysisExample } from './example';
import { createEmptyInformationAnalysis, INFORMATION_ANALYSIS_SCHEMA_VERSION, parseInformationAnalysis, type InformationAnalysisData } from './model';

/** Everything the shell needs to store, check and import a sales information analysis document (its exports are in exports.ts). */
export const informationAnalysisModel: WorksheetModelWithExample<InformationAnalysisData> = {
  schemaVersion: INFORMATION_ANALYSIS_SCHEMA_VERSION,
  parse: parseInformationAnalysis,
  createEmpty: createEmptyInformationAnalysis,
  createExample: createInformationAnalysisExample,
  completeness: informationAnalysisCompleteness,
};
