import { todayIso } from '../../lib/dates';
import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { SmartData } from './model';
import { smartEvidenceBlocks } from './pdf';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const smartObjectivesExports: WorksheetExports<SmartData> = {
  evidenceBlocks: (data) => smartEvidenceBlocks(data, todayIso()),
};
