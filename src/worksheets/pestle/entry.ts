import { defineWorksheet } from '../../lib/worksheet-definition';
import { pestleMeta } from './meta';

/** The PESTLE builder as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const pestleWorksheet = defineWorksheet(pestleMeta, {
  loadModel: async () => (await import('./definition')).pestleModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).pestlePageModel,
  loadPage: async () => (await import('./PestlePage')).PestlePage,
  loadExports: async () => (await import('./exports')).pestleExports,
});
