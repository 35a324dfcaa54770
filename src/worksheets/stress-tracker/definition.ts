import { todayIso } from '../../lib/dates';
import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { stressCompleteness } from './completeness';
import { createStressExample } from './example';
import { createEmptyStress, parseStress, STRESS_SCHEMA_VERSION, type StressData } from './model';

/** Everything the shell needs to store, check and import a stress tracker; "today" is the learner's local date (its exports are in exports.ts). */
export const stressTrackerModel: WorksheetModelWithExample<StressData> = {
  schemaVersion: STRESS_SCHEMA_VERSION,
  parse: parseStress,
  createEmpty: createEmptyStress,
  createExample: () => createStressExample(todayIso()),
  completeness: (data) => stressCompleteness(data, todayIso()),
};
