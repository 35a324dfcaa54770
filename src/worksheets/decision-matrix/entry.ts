import { defineWorksheet } from '../../lib/worksheet-definition';
import { decisionMatrixMeta } from './meta';

/** The Weighted decision matrix as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const decisionMatrixWorksheet = defineWorksheet(
  decisionMatrixMeta,
  async () => (await import('./definition')).decisionMatrixModel,
  async () => (await import('./DecisionMatrixPage')).DecisionMatrixPage,
  async () => (await import('./exports')).decisionMatrixExports,
);
