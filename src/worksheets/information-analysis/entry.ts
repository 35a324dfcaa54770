import { defineWorksheet } from '../../lib/worksheet-definition';
import { informationAnalysisMeta } from './meta';

/** The Sales information analysis as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const informationAnalysisWorksheet = defineWorksheet(
  informationAnalysisMeta,
  async () => (await import('./definition')).informationAnalysisModel,
  async () => (await import('./InformationAnalysisPage')).InformationAnalysisPage,
  async () => (await import('./exports')).informationAnalysisExports,
);
