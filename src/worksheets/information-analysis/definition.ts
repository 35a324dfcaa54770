import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { informationAnalysisCompleteness } from './completeness';
import { createInformationAnalysisExample } from './example';
import { createEmptyInformationAnalysis, parseInformationAnalysis, INFORMATION_ANALYSIS_SCHEMA_VERSION, type InformationAnalysisData } from './model';
import { informationAnalysisEvidenceBlocks } from './pdf';

/** Everything the shell needs to store, check, import and export a sales information analysis document. */
export const informationAnalysisModel: WorksheetModelWithExample<InformationAnalysisData> = {
  schemaVersion: INFORMATION_ANALYSIS_SCHEMA_VERSION,
  parse: parseInformationAnalysis,
  createEmpty: createEmptyInformationAnalysis,
  createExample: createInformationAnalysisExample,
  completeness: informationAnalysisCompleteness,
  evidenceBlocks: informationAnalysisEvidenceBlocks,
};
