import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { PipelineData } from './model';
import { pipelineEvidenceBlocks } from './pdf';
import { pipelineSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const pipelineExports: WorksheetExports<PipelineData> = {
  evidenceBlocks: pipelineEvidenceBlocks,
  spreadsheetTables: pipelineSpreadsheetTables,
};
