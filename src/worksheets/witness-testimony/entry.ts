import { defineWorksheet } from '../../lib/worksheet-definition';
import { witnessTestimonyMeta } from './meta';

/** The Witness testimony as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const witnessTestimonyWorksheet = defineWorksheet(witnessTestimonyMeta, {
  loadModel: async () => (await import('./definition')).witnessTestimonyModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).witnessTestimonyPageModel,
  loadPage: async () => (await import('./WitnessTestimonyPage')).WitnessTestimonyPage,
  loadExports: async () => (await import('./exports')).witnessTestimonyExports,
});
