import { defineWorksheet } from '../../lib/worksheet-definition';
import { objectionPreparationMeta } from './meta';

/** The Objection preparation as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const objectionPreparationWorksheet = defineWorksheet(
  objectionPreparationMeta,
  async () => (await import('./definition')).objectionPreparationModel,
  async () => (await import('./ObjectionPreparationPage')).ObjectionPreparationPage,
  async () => (await import('./exports')).objectionPreparationExports,
);
