import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { pipelineCompleteness } from './completeness';
import { createPipelineExample } from './example';
import { createEmptyPipeline, parsePipeline, PIPELINE_SCHEMA_VERSION, type PipelineData } from './model';
import { pipelineEvidenceBlocks } from './pdf';
import { pipelineSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export a pipeline document. */
export const pipelineModel: WorksheetModelWithExample<PipelineData> = {
  schemaVersion: PIPELINE_SCHEMA_VERSION,
  parse: parsePipeline,
  createEmpty: createEmptyPipeline,
  createExample: () => createPipelineExample(),
  completeness: pipelineCompleteness,
  evidenceBlocks: pipelineEvidenceBlocks,
  spreadsheetTables: pipelineSpreadsheetTables,
};
