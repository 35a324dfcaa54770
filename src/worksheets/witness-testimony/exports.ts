import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { WitnessTestimonyData } from './model';
import { witnessTestimonyEvidenceBlocks } from './pdf';
import { witnessTestimonyTables } from './spreadsheet';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const witnessTestimonyExports: WorksheetExports<WitnessTestimonyData> = {
  evidenceBlocks: witnessTestimonyEvidenceBlocks,
  spreadsheetTables: witnessTestimonyTables,
};
