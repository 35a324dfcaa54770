import type { WorksheetExports } from '../../lib/worksheet-definition';
import { loadUnitSpec } from './definition';
import type { WorkbookData } from './model';
import { workbookEvidenceBlocks } from './pdf';

/**
 * What only an export (PDF, portfolio pack, CSV) of one unit's workbook needs, loaded when the
 * learner exports, not with the page. The unit's content is the one its model has loaded.
 */
export async function workbookExports(code: string): Promise<WorksheetExports<WorkbookData>> {
  const unit = await loadUnitSpec(code);
  return { evidenceBlocks: (data) => workbookEvidenceBlocks(unit, data) };
}
