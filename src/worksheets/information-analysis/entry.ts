import { defineWorksheet } from '../../lib/worksheet-definition';
import { informationAnalysisMeta } from './meta';

/** The Sales information analysis as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const informationAnalysisWorksheet = defineWorksheet(informationAnalysisMeta, {
  loadModel: async () => (await import('./definition')).informationAnalysisModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).informationAnalysisPageModel,
  loadPage: async () => (await import('./InformationAnalysisPage')).InformationAnalysisPage,
  loadExports: async () => (await import('./exports')).informationAnalysisExports,
});
