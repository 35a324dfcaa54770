import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { PestleData } from './model';
import { pestleEvidenceBlocks } from './pdf';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const pestleExports: WorksheetExports<PestleData> = {
  evidenceBlocks: pestleEvidenceBlocks,
};
