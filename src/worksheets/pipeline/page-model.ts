import type { WorksheetModel } from '../../lib/worksheet-definition';
import { pipelineCompleteness } from './completeness';
import { createEmptyPipeline, parsePipeline, PIPELINE_SCHEMA_VERSION, type PipelineData } from './model';

/**
 * What the section page needs to open, check and save a pipeline document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const pipelinePageModel: WorksheetModel<PipelineData> = {
  schemaVersion: PIPELINE_SCHEMA_VERSION,
  parse: parsePipeline,
  createEmpty: createEmptyPipeline,
  completeness: pipelineCompleteness,
};
