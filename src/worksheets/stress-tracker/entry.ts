import { defineWorksheet } from '../../lib/worksheet-definition';
import { stressTrackerMeta } from './meta';

/** The Stress baseline tracker as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const stressTrackerWorksheet = defineWorksheet(stressTrackerMeta, {
  loadModel: async () => (await import('./definition')).stressTrackerModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).stressTrackerPageModel,
  loadPage: async () => (await import('./StressTrackerPage')).StressTrackerPage,
  loadExports: async () => (await import('./exports')).stressTrackerExports,
});
