import { todayIso } from '../../lib/dates';
import type { WorksheetModel } from '../../lib/worksheet-definition';
import { relationshipLogCompleteness } from './completeness';
import { createEmptyRelationshipLog, parseRelationshipLog, RELATIONSHIP_LOG_SCHEMA_VERSION, type RelationshipLogData } from './model';

/**
 * What the section page needs to open, check and save a relationship log document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const relationshipLogPageModel: WorksheetModel<RelationshipLogData> = {
  schemaVersion: RELATIONSHIP_LOG_SCHEMA_VERSION,
  parse: parseRelationshipLog,
  createEmpty: createEmptyRelationshipLog,
  // Evidence dated after today does not count yet: the log is of what the learner has done.
  completeness: (data) => relationshipLogCompleteness(data, todayIso()),
};
