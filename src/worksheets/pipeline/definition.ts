import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { pipelineCompleteness } from './completeness';
import { createPipelineExample } from './example';
import { createEmptyPipeline, parsePipeline, PIPELINE_SCHEMA_VERSION, type PipelineData } from './model';

/** Everything the shell needs to store, check and import a pipeline document (its exports are in exports.ts). */
export const pipelineModel: WorksheetModelWithExample<PipelineData> = {
  schemaVersion: PIPELINE_SCHEMA_VERSION,
  parse: parsePipeline,
  createEmpty: createEmptyPipeline,
  createExample: () => createPipelineExample(),
  completeness: pipelineCompleteness,
};
