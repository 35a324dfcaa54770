import { defineWorksheet } from '../../lib/worksheet-definition';
import { smartObjectivesMeta } from './meta';

/** The SMART objective writer as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const smartObjectivesWorksheet = defineWorksheet(
  smartObjectivesMeta,
  async () => (await import('./definition')).smartObjectivesModel,
  async () => (await import('./SmartObjectivesPage')).SmartObjectivesPage,
  async () => (await import('./exports')).smartObjectivesExports,
);
