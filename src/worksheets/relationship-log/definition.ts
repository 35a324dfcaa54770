import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createRelationshipLogExample } from './example';
import type { RelationshipLogData } from './model';
import { relationshipLogPageModel } from './page-model';

/** Everything the shell needs to store, check and import a relationship log document: the page model with its worked example (its exports are in exports.ts). */
export const relationshipLogModel: WorksheetModelWithExample<RelationshipLogData> = {
  ...relationshipLogPageModel,
  createExample: createRelationshipLogExample,
};
