import { todayIso } from '../../lib/dates';
import type { WorksheetModel } from '../../lib/worksheet-definition';
import { stressCompleteness } from './completeness';
import { createEmptyStress, parseStress, STRESS_SCHEMA_VERSION, type StressData } from './model';

/**
 * What the section page needs to open, check and save a stress tracker ("today" is the learner's
 * local date): the model without its worked example, which arrives after the page is open
 * (definition.ts adds it; its exports are in exports.ts).
 */
export const stressTrackerPageModel: WorksheetModel<StressData> = {
  schemaVersion: STRESS_SCHEMA_VERSION,
  parse: parseStress,
  createEmpty: createEmptyStress,
  completeness: (data) => stressCompleteness(data, todayIso()),
};
