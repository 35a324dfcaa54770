import { defineWorksheet } from '../../lib/worksheet-definition';
import { pestleMeta } from './meta';

/** The PESTLE builder as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const pestleWorksheet = defineWorksheet(
  pestleMeta,
  async () => (await import('./definition')).pestleModel,
  async () => (await import('./PestlePage')).PestlePage,
  async () => (await import('./exports')).pestleExports,
);
