import { defineWorksheet } from '../../lib/worksheet-definition';
import { stressTrackerMeta } from './meta';

/** The Stress baseline tracker as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const stressTrackerWorksheet = defineWorksheet(
  stressTrackerMeta,
  async () => (await import('./definition')).stressTrackerModel,
  async () => (await import('./StressTrackerPage')).StressTrackerPage,
  async () => (await import('./exports')).stressTrackerExports,
);
