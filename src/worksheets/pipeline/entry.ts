import { defineWorksheet } from '../../lib/worksheet-definition';
import { pipelineMeta } from './meta';

/** The Pipeline conversion calculator as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const pipelineWorksheet = defineWorksheet(pipelineMeta, {
  loadModel: async () => (await import('./definition')).pipelineModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).pipelinePageModel,
  loadPage: async () => (await import('./PipelinePage')).PipelinePage,
  loadExports: async () => (await import('./exports')).pipelineExports,
});
