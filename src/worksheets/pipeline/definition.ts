import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createPipelineExample } from './example';
import type { PipelineData } from './model';
import { pipelinePageModel } from './page-model';

/** Everything the shell needs to store, check and import a pipeline document: the page model with its worked example (its exports are in exports.ts). */
export const pipelineModel: WorksheetModelWithExample<PipelineData> = {
  ...pipelinePageModel,
  createExample: () => createPipelineExample(),
};
