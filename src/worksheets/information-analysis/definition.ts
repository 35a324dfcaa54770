import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { informationAnalysisCompleteness } from './completeness';
import { createInformationAnalysisExample } from './example';
import { createEmptyInformationAnalysis, INFORMATION_ANALYSIS_SCHEMA_VERSION, parseInformationAnalysis, type InformationAnalysisData } from './model';
import { informationAnalysisEvidenceBlocks } from './pdf';
import { informationAnalysisSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a sales information analysis document. */
export const informationAnalysisModel: WorksheetModelWithExample<InformationAnalysisData> = {
  schemaVersion: INFORMATION_ANALYSIS_SCHEMA_VERSION,
  parse: parseInformationAnalysis,
  createEmpty: createEmptyInformationAnalysis,
  createExample: createInformationAnalysisExample,
  completeness: informationAnalysisCompleteness,
  evidenceBlocks: informationAnalysisEvidenceBlocks,
  spreadsheetTables: informationAnalysisSpreadsheetTables,
};
