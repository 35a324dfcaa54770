import { defineWorksheet, type WorksheetDefinition } from '../../lib/worksheet-definition';
import type { UnitOutline } from '../../lib/spec/unit-spec';
import { workbookMeta } from './meta';
import { UNIT_OUTLINES } from './outlines';

/** One unit's workbook as the shell opens it: its meta from the unit's outline, its model, page and exports made for the unit when needed. */
function workbookWorksheet(outline: UnitOutline): WorksheetDefinition {
  return defineWorksheet(workbookMeta(outline), {
    loadModel: async () => (await import('./definition')).workbookModel(outline.code),
    loadPage: async () => (await import('./WorkbookPage')).workbookPage(outline.code),
    loadExports: async () => (await import('./exports')).workbookExports(outline.code),
  });
}

/** One workbook per unit of the specification, made from the unit's outline: one folder serves them all. */
export const workbookWorksheets: readonly WorksheetDefinition[] = UNIT_OUTLINES.map(workbookWorksheet);
