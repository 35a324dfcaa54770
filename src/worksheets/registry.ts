import type { ComponentType } from 'react';
import { hasWorkedExample, type WorksheetDefinition, type WorksheetMeta, type WorksheetExports, type WorksheetModel, type WorksheetPageProps } from '../lib/worksheet-definition';
import { pestleMeta } from './pestle/meta';
import { customerProfileMeta } from './customer-profile/meta';
import { pipelineMeta } from './pipeline/meta';
import { smartObjectivesMeta } from './smart-objectives/meta';
import { decisionMatrixMeta } from './decision-matrix/meta';
import { stressTrackerMeta } from './stress-tracker/meta';
import { communicationPlanMeta } from './communication-plan/meta';
import { workbookMeta } from './unit-workbook/meta';
import { UNIT_OUTLINES } from './unit-workbook/outlines';
import { objectionPreparationMeta } from './objection-preparation/meta';
import { negotiationPlanMeta } from './negotiation-plan/meta';
import { meetingPreparationMeta } from './meeting-preparation/meta';
import { salesActivityPlanMeta } from './sales-activity-plan/meta';
import { relationshipLogMeta } from './relationship-log/meta';
import { informationAnalysisMeta } from './information-analysis/meta';
import { witnessTestimonyMeta } from './witness-testimony/meta';

/**
 * One worksheet: its tiny meta now, its model and page only when needed, and what only an export
 * needs only then. The shell only hands a page data its own model has parsed, so widening the types
 * to unknown is safe.
 */
function worksheet<T>(
  meta: WorksheetMeta,
  loadModel: () => Promise<WorksheetModel<T>>,
  loadPage: () => Promise<ComponentType<WorksheetPageProps<T>>>,
  loadExports: () => Promise<WorksheetExports<T>>,
): WorksheetDefinition {
  return {
    meta,
    loadModel,
    loadPage: loadPage as () => Promise<ComponentType<WorksheetPageProps<unknown>>>,
    loadExports,
  };
}

/**
 * Every interactive worksheet the toolkit offers, in the order of the home page. Adding a worksheet
 * is adding its folder and one entry here. The first one's worked example greets a newcomer.
 */
export const interactiveWorksheets: WorksheetDefinition[] = [
  worksheet(
    pestleMeta,
    async () => (await import('./pestle/definition')).pestleModel,
    async () => (await import('./pestle/PestlePage')).PestlePage,
    async () => (await import('./pestle/exports')).pestleExports,
  ),
  worksheet(
    customerProfileMeta,
    async () => (await import('./customer-profile/definition')).customerProfileModel,
    async () => (await import('./customer-profile/CustomerProfilePage')).CustomerProfilePage,
    async () => (await import('./customer-profile/exports')).customerProfileExports,
  ),
  worksheet(
    pipelineMeta,
    async () => (await import('./pipeline/definition')).pipelineModel,
    async () => (await import('./pipeline/PipelinePage')).PipelinePage,
    async () => (await import('./pipeline/exports')).pipelineExports,
  ),
  worksheet(
    smartObjectivesMeta,
    async () => (await import('./smart-objectives/definition')).smartObjectivesModel,
    async () => (await import('./smart-objectives/SmartObjectivesPage')).SmartObjectivesPage,
    async () => (await import('./smart-objectives/exports')).smartObjectivesExports,
  ),
  worksheet(
    decisionMatrixMeta,
    async () => (await import('./decision-matrix/definition')).decisionMatrixModel,
    async () => (await import('./decision-matrix/DecisionMatrixPage')).DecisionMatrixPage,
    async () => (await import('./decision-matrix/exports')).decisionMatrixExports,
  ),
  worksheet(
    stressTrackerMeta,
    async () => (await import('./stress-tracker/definition')).stressTrackerModel,
    async () => (await import('./stress-tracker/StressTrackerPage')).StressTrackerPage,
    async () => (await import('./stress-tracker/exports')).stressTrackerExports,
  ),
  worksheet(
    communicationPlanMeta,
    async () => (await import('./communication-plan/definition')).communicationPlanModel,
    async () => (await import('./communication-plan/CommunicationPlanPage')).CommunicationPlanPage,
    async () => (await import('./communication-plan/exports')).communicationPlanExports,
  ),
  worksheet(
    objectionPreparationMeta,
    async () => (await import('./objection-preparation/definition')).objectionPreparationModel,
    async () => (await import('./objection-preparation/ObjectionPreparationPage')).ObjectionPreparationPage,
    async () => (await import('./objection-preparation/exports')).objectionPreparationExports,
  ),
  worksheet(
    negotiationPlanMeta,
    async () => (await import('./negotiation-plan/definition')).negotiationPlanModel,
    async () => (await import('./negotiation-plan/NegotiationPlanPage')).NegotiationPlanPage,
    async () => (await import('./negotiation-plan/exports')).negotiationPlanExports,
  ),
  worksheet(
    meetingPreparationMeta,
    async () => (await import('./meeting-preparation/definition')).meetingPreparationModel,
    async () => (await import('./meeting-preparation/MeetingPreparationPage')).MeetingPreparationPage,
    async () => (await import('./meeting-preparation/exports')).meetingPreparationExports,
  ),
  worksheet(
    salesActivityPlanMeta,
    async () => (await import('./sales-activity-plan/definition')).salesActivityPlanModel,
    async () => (await import('./sales-activity-plan/SalesActivityPlanPage')).SalesActivityPlanPage,
    async () => (await import('./sales-activity-plan/exports')).salesActivityPlanExports,
  ),
  worksheet(
    relationshipLogMeta,
    async () => (await import('./relationship-log/definition')).relationshipLogModel,
    async () => (await import('./relationship-log/RelationshipLogPage')).RelationshipLogPage,
    async () => (await import('./relationship-log/exports')).relationshipLogExports,
  ),
  worksheet(
    informationAnalysisMeta,
    async () => (await import('./information-analysis/definition')).informationAnalysisModel,
    async () => (await import('./information-analysis/InformationAnalysisPage')).InformationAnalysisPage,
    async () => (await import('./information-analysis/exports')).informationAnalysisExports,
  ),
  worksheet(
    witnessTestimonyMeta,
    async () => (await import('./witness-testimony/definition')).witnessTestimonyModel,
    async () => (await import('./witness-testimony/WitnessTestimonyPage')).WitnessTestimonyPage,
    async () => (await import('./witness-testimony/exports')).witnessTestimonyExports,
  ),
];

/**
 * One workbook per unit of the specification, made from the unit's outline: one folder
 * (unit-workbook/) serves them all, its model and page made for the unit when first opened.
 */
export const workbooks: WorksheetDefinition[] = UNIT_OUTLINES.map((outline) =>
  worksheet(
    workbookMeta(outline),
    async () => (await import('./unit-workbook/definition')).workbookModel(outline.code),
    async () => (await import('./unit-workbook/WorkbookPage')).workbookPage(outline.code),
    async () => (await import('./unit-workbook/exports')).workbookExports(outline.code),
  ),
);

/** Everything a document can be made from: the worksheets, then the workbooks. */
export const worksheets: WorksheetDefinition[] = [...interactiveWorksheets, ...workbooks];

/** Those with a worked example to open (every worksheet; the workbooks of a few units). */
export const worksheetsWithExamples = worksheets.filter((w) => hasWorkedExample(w.meta));

export const findWorksheet = (id: string) => worksheets.find((w) => w.meta.id === id);

/** Loads a worksheet's model by id, for opening and importing documents. */
export async function loadWorksheetModel(id: string): Promise<WorksheetModel<unknown> | undefined> {
  return findWorksheet(id)?.loadModel();
}
