import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { witnessTestimonyCompleteness } from './completeness';
import { createWitnessTestimonyExample } from './example';
import { createEmptyWitnessTestimony, parseWitnessTestimony, WITNESS_TESTIMONY_SCHEMA_VERSION, type WitnessTestimonyData } from './model';
import { witnessTestimonyEvidenceBlocks } from './pdf';

/** Everything the shell needs to store, check, import and export a witness testimony document. */
export const witnessTestimonyModel: WorksheetModelWithExample<WitnessTestimonyData> = {
  schemaVersion: WITNESS_TESTIMONY_SCHEMA_VERSION,
  parse: parseWitnessTestimony,
  createEmpty: createEmptyWitnessTestimony,
  createExample: createWitnessTestimonyExample,
  completeness: witnessTestimonyCompleteness,
  evidenceBlocks: witnessTestimonyEvidenceBlocks,
};
