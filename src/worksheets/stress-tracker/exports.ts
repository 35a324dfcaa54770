import { todayIso } from '../../lib/dates';
import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { StressData } from './model';
import { stressEvidenceBlocks } from './pdf';
import { stressSpreadsheetTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const stressTrackerExports: WorksheetExports<StressData> = {
  evidenceBlocks: (data) => stressEvidenceBlocks(data, todayIso()),
  spreadsheetTables: stressSpreadsheetTables,
};
