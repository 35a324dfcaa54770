import { defineWorksheet } from '../../lib/worksheet-definition';
import { pipelineMeta } from './meta';

/** The Pipeline conversion calculator as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const pipelineWorksheet = defineWorksheet(
  pipelineMeta,
  async () => (await import('./definition')).pipelineModel,
  async () => (await import('./PipelinePage')).PipelinePage,
  async () => (await import('./exports')).pipelineExports,
);
