import { todayIso } from '../../lib/dates';
import type { WorksheetModel } from '../../lib/worksheet-definition';
import { smartCompleteness } from './completeness';
import { CONTEXT_CONFIG } from './guidance';
import { createEmptySmart, parseSmart, SMART_SCHEMA_VERSION, type SmartData } from './model';

/**
 * What the section page needs to open, check and save a SMART objectives document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const smartObjectivesPageModel: WorksheetModel<SmartData> = {
  schemaVersion: SMART_SCHEMA_VERSION,
  parse: parseSmart,
  createEmpty: createEmptySmart,
  // The deadline and cadence checks depend on the date; the shell has no date to pass, so today it is.
  completeness: (data) => smartCompleteness(data, todayIso()),
  // The chosen context decides the one unit and the AC this document evidences.
  evidenceScope: (data) => (data.context === '' ? null : { unit: CONTEXT_CONFIG[data.context].unit, criteria: CONTEXT_CONFIG[data.context].criteria }),
};
