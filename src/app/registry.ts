import type { ComponentType } from 'react';
import type { WorksheetDefinition, WorksheetModel, WorksheetPageProps } from '../lib/worksheet-definition';
import { pestleMeta } from '../worksheets/pestle/meta';
import { stressTrackerMeta } from '../worksheets/stress-tracker/meta';

/**
 * Every worksheet the toolkit offers. Adding a worksheet is adding its folder and one entry
 * here; its model and page load only when needed.
 */
export const worksheets: WorksheetDefinition[] = [
  {
    meta: pestleMeta,
    loadModel: async () => (await import('../worksheets/pestle/pestle-model')).pestleModel as WorksheetModel<unknown>,
    // The shell only hands a page data its own model has parsed, so widening the type is safe.
    loadPage: async () =>
      (await import('../worksheets/pestle/PestlePage')).PestlePage as ComponentType<WorksheetPageProps<unknown>>,
  },
  {
    meta: stressTrackerMeta,
    loadModel: async () =>
      (await import('../worksheets/stress-tracker/stress-tracker-model')).stressTrackerModel as WorksheetModel<unknown>,
    loadPage: async () =>
      (await import('../worksheets/stress-tracker/StressTrackerPage')).StressTrackerPage as ComponentType<WorksheetPageProps<unknown>>,
  },
];

export const findWorksheet = (id: string) => worksheets.find((w) => w.meta.id === id);

/** Loads a worksheet's model by id, for opening and importing documents. */
export async function loadWorksheetModel(id: string): Promise<WorksheetModel<unknown> | undefined> {
  return findWorksheet(id)?.loadModel();
}
