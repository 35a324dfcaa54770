import { todayIso } from '../../lib/dates';
import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createStressExample } from './example';
import type { StressData } from './model';
import { stressTrackerPageModel } from './page-model';

/** Everything the shell needs to store, check and import a stress tracker: the page model with its worked example, made for the learner's today (its exports are in exports.ts). */
export const stressTrackerModel: WorksheetModelWithExample<StressData> = {
  ...stressTrackerPageModel,
  createExample: () => createStressExample(todayIso()),
};
