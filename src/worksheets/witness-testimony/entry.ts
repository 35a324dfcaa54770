import { defineWorksheet } from '../../lib/worksheet-definition';
import { witnessTestimonyMeta } from './meta';

/** The Witness testimony as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const witnessTestimonyWorksheet = defineWorksheet(
  witnessTestimonyMeta,
  async () => (await import('./definition')).witnessTestimonyModel,
  async () => (await import('./WitnessTestimonyPage')).WitnessTestimonyPage,
  async () => (await import('./exports')).witnessTestimonyExports,
);
