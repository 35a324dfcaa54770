import type { WorksheetModel } from '../../lib/worksheet-definition';
import { objectionPreparationCompleteness } from './completeness';
import { createEmptyObjectionPreparation, parseObjectionPreparation, OBJECTION_PREPARATION_SCHEMA_VERSION, type ObjectionPreparationData } from './model';

/**
 * What the section page needs to open, check and save an objection preparation document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const objectionPreparationPageModel: WorksheetModel<ObjectionPreparationData> = {
  schemaVersion: OBJECTION_PREPARATION_SCHEMA_VERSION,
  parse: parseObjectionPreparation,
  createEmpty: createEmptyObjectionPreparation,
  completeness: objectionPreparationCompleteness,
};
