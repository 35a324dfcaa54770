import { defineWorksheet } from '../../lib/worksheet-definition';
import { decisionMatrixMeta } from './meta';

/** The Weighted decision matrix as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const decisionMatrixWorksheet = defineWorksheet(decisionMatrixMeta, {
  loadModel: async () => (await import('./definition')).decisionMatrixModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).decisionMatrixPageModel,
  loadPage: async () => (await import('./DecisionMatrixPage')).DecisionMatrixPage,
  loadExports: async () => (await import('./exports')).decisionMatrixExports,
});
