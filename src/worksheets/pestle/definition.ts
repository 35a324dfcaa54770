import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createPestleExample } from './example';
import { createEmptyPestle, parsePestle, PESTLE_SCHEMA_VERSION, type PestleData } from './model';
import { pestleCompleteness } from './completeness';

/** Everything the shell needs to store, check and import a PESTLE document (its exports are in exports.ts). */
export const pestleModel: WorksheetModelWithExample<PestleData> = {
  schemaVersion: PESTLE_SCHEMA_VERSION,
  parse: parsePestle,
  createEmpty: createEmptyPestle,
  createExample: createPestleExample,
  completeness: pestleCompleteness,
};
