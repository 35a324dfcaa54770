import { todayIso } from '../../lib/dates';
import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { smartCompleteness } from './completeness';
import { CONTEXT_CONFIG } from './guidance';
import { createSmartExample } from './example';
import { createEmptySmart, parseSmart, SMART_SCHEMA_VERSION, type SmartData } from './model';

/** Everything the shell needs to store, check and import a SMART objectives document (its exports are in exports.ts). */
export const smartObjectivesModel: WorksheetModelWithExample<SmartData> = {
  schemaVersion: SMART_SCHEMA_VERSION,
  parse: parseSmart,
  createEmpty: createEmptySmart,
  createExample: createSmartExample,
  // The deadline and cadence checks depend on the date; the shell has no date to pass, so today it is.
  completeness: (data) => smartCompleteness(data, todayIso()),
  // The chosen context decides the one unit and the AC this document evidences.
  evidenceScope: (data) => (data.context === '' ? null : { unit: CONTEXT_CONFIG[data.context].unit, criteria: CONTEXT_CONFIG[data.context].criteria }),
};
