import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { CustomerProfileData } from './model';
import { customerProfileEvidenceBlocks } from './pdf';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const customerProfileExports: WorksheetExports<CustomerProfileData> = {
  evidenceBlocks: customerProfileEvidenceBlocks,
};
