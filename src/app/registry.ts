import type { ComponentType } from 'react';
import type { WorksheetDefinition, WorksheetMeta, WorksheetModel, WorksheetPageProps } from '../lib/worksheet-definition';
import { pestleMeta } from '../worksheets/pestle/meta';
import { customerProfileMeta } from '../worksheets/customer-profile/meta';
import { pipelineMeta } from '../worksheets/pipeline/meta';
import { smartObjectivesMeta } from '../worksheets/smart-objectives/meta';
import { decisionMatrixMeta } from '../worksheets/decision-matrix/meta';
import { stressTrackerMeta } from '../worksheets/stress-tracker/meta';

/**
 * One worksheet: its tiny meta now, its model and page only when needed. The shell only hands a
 * page data its own model has parsed, so widening the types to unknown is safe.
 */
function worksheet<T>(
  meta: WorksheetMeta,
  loadModel: () => Promise<WorksheetModel<T>>,
  loadPage: () => Promise<ComponentType<WorksheetPageProps<T>>>,
): WorksheetDefinition {
  return {
    meta,
    loadModel: loadModel as () => Promise<WorksheetModel<unknown>>,
    loadPage: loadPage as () => Promise<ComponentType<WorksheetPageProps<unknown>>>,
  };
}

/**
 * Every worksheet the toolkit offers, in the order of the home page. Adding a worksheet is adding
 * its folder and one entry here. The first one's worked example greets a newcomer.
 */
export const worksheets: WorksheetDefinition[] = [
  worksheet(
    pestleMeta,
    async () => (await import('../worksheets/pestle/pestle-model')).pestleModel,
    async () => (await import('../worksheets/pestle/PestlePage')).PestlePage,
  ),
  worksheet(
    customerProfileMeta,
    async () => (await import('../worksheets/customer-profile/customer-profile-model')).customerProfileModel,
    async () => (await import('../worksheets/customer-profile/CustomerProfilePage')).CustomerProfilePage,
  ),
  worksheet(
    pipelineMeta,
    async () => (await import('../worksheets/pipeline/pipeline-model')).pipelineModel,
    async () => (await import('../worksheets/pipeline/PipelinePage')).PipelinePage,
  ),
  worksheet(
    smartObjectivesMeta,
    async () => (await import('../worksheets/smart-objectives/smart-objectives-model')).smartObjectivesModel,
    async () => (await import('../worksheets/smart-objectives/SmartObjectivesPage')).SmartObjectivesPage,
  ),
  worksheet(
    decisionMatrixMeta,
    async () => (await import('../worksheets/decision-matrix/decision-matrix-model')).decisionMatrixModel,
    async () => (await import('../worksheets/decision-matrix/DecisionMatrixPage')).DecisionMatrixPage,
  ),
  worksheet(
    stressTrackerMeta,
    async () => (await import('../worksheets/stress-tracker/stress-tracker-model')).stressTrackerModel,
    async () => (await import('../worksheets/stress-tracker/StressTrackerPage')).StressTrackerPage,
  ),
];

export const findWorksheet = (id: string) => worksheets.find((w) => w.meta.id === id);

/** Loads a worksheet's model by id, for opening and importing documents. */
export async function loadWorksheetModel(id: string): Promise<WorksheetModel<unknown> | undefined> {
  return findWorksheet(id)?.loadModel();
}
