import type { WorksheetDefinition } from '../lib/worksheet-definition';

/**
 * Each worksheet folder's entry.ts, loaded on its own when asked for: a section page loads only its
 * own worksheet's entry (its meta and the unit outlines it reads), not the registry with every meta.
 * An entry exports only worksheet definitions (load-worksheet.test.ts checks it): one, or the 27
 * workbooks of unit-workbook/.
 */
const entries = import.meta.glob<Record<string, WorksheetDefinition | readonly WorksheetDefinition[]>>('./*/entry.ts');

/** A worksheet or workbook by its id, loading only its folder's entry; undefined for an id the toolkit does not have. */
export async function loadWorksheet(id: string): Promise<WorksheetDefinition | undefined> {
  // The workbooks share one folder (unit-workbook/), whose entry makes one per unit.
  const load = entries[`./${id.startsWith('workbook-') ? 'unit-workbook' : id}/entry.ts`];
  if (!load) return undefined;
  return Object.values(await load())
    .flat()
    .find((worksheet) => worksheet.meta.id === id);
}
