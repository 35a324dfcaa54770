import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { RelationshipLogData } from './model';
import { relationshipLogEvidenceBlocks } from './pdf';
import { relationshipLogSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const relationshipLogExports: WorksheetExports<RelationshipLogData> = {
  evidenceBlocks: relationshipLogEvidenceBlocks,
  spreadsheetTables: relationshipLogSpreadsheetTables,
};
