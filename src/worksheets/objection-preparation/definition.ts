import type { WorksheetModel } from '../../lib/worksheet-definition';
import { objectionPreparationCompleteness } from './completeness';
import { createObjectionPreparationExample } from './example';
import { createEmptyObjectionPreparation, parseObjectionPreparation, OBJECTION_PREPARATION_SCHEMA_VERSION, type ObjectionPreparationData } from './model';

/** Everything the shell needs to store, check and import an objection preparation document (its exports are in exports.ts). */
export const objectionPreparationModel: WorksheetModel<ObjectionPreparationData> = {
  schemaVersion: OBJECTION_PREPARATION_SCHEMA_VERSION,
  parse: parseObjectionPreparation,
  createEmpty: createEmptyObjectionPreparation,
  createExample: createObjectionPreparationExample,
  completeness: objectionPreparationCompleteness,
};
