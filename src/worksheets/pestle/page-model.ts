import type { WorksheetModel } from '../../lib/worksheet-definition';
import { createEmptyPestle, parsePestle, PESTLE_SCHEMA_VERSION, type PestleData } from './model';
import { pestleCompleteness } from './completeness';

/**
 * What the section page needs to open, check and save a PESTLE document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const pestlePageModel: WorksheetModel<PestleData> = {
  schemaVersion: PESTLE_SCHEMA_VERSION,
  parse: parsePestle,
  createEmpty: createEmptyPestle,
  completeness: pestleCompleteness,
};
