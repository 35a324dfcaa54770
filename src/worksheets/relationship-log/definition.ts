import { todayIso } from '../../lib/dates';
import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { relationshipLogCompleteness } from './completeness';
import { createRelationshipLogExample } from './example';
import { createEmptyRelationshipLog, parseRelationshipLog, RELATIONSHIP_LOG_SCHEMA_VERSION, type RelationshipLogData } from './model';

/** Everything the shell needs to store, check and import a relationship log document (its exports are in exports.ts). */
export const relationshipLogModel: WorksheetModelWithExample<RelationshipLogData> = {
  schemaVersion: RELATIONSHIP_LOG_SCHEMA_VERSION,
  parse: parseRelationshipLog,
  createEmpty: createEmptyRelationshipLog,
  createExample: createRelationshipLogExample,
  // Evidence dated after today does not count yet: the log is of what the learner has done.
  completeness: (data) => relationshipLogCompleteness(data, todayIso()),
};
