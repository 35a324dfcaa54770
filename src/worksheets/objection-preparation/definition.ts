import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createObjectionPreparationExample } from './example';
import type { ObjectionPreparationData } from './model';
import { objectionPreparationPageModel } from './page-model';

/** Everything the shell needs to store, check and import an objection preparation document: the page model with its worked example (its exports are in exports.ts). */
export const objectionPreparationModel: WorksheetModelWithExample<ObjectionPreparationData> = {
  ...objectionPreparationPageModel,
  createExample: createObjectionPreparationExample,
};
