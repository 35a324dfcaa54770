import type { WorksheetModel } from '../../lib/worksheet-definition';
import { objectionPreparationCompleteness } from './completeness';
import { createObjectionPreparationExample } from './example';
import { createEmptyObjectionPreparation, parseObjectionPreparation, OBJECTION_PREPARATION_SCHEMA_VERSION, type ObjectionPreparationData } from './model';
import { objectionPreparationEvidenceBlocks } from './pdf';
import { objectionPreparationSpreadsheetTables } from './spreadsheet';

/** Everything the shell needs to store, check, import and export an objection preparation document. */
export const objectionPreparationModel: WorksheetModel<ObjectionPreparationData> = {
  schemaVersion: OBJECTION_PREPARATION_SCHEMA_VERSION,
  parse: parseObjectionPreparation,
  createEmpty: createEmptyObjectionPreparation,
  createExample: createObjectionPreparationExample,
  completeness: objectionPreparationCompleteness,
  evidenceBlocks: objectionPreparationEvidenceBlocks,
  spreadsheetTables: objectionPreparationSpreadsheetTables,
};
