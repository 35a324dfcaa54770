import { hasWorkedExample, type WorksheetDefinition, type WorksheetModel } from '../lib/worksheet-definition';
import { pestleWorksheet } from './pestle/entry';
import { customerProfileWorksheet } from './customer-profile/entry';
import { pipelineWorksheet } from './pipeline/entry';
import { smartObjectivesWorksheet } from './smart-objectives/entry';
import { decisionMatrixWorksheet } from './decision-matrix/entry';
import { stressTrackerWorksheet } from './stress-tracker/entry';
import { communicationPlanWorksheet } from './communication-plan/entry';
import { workbookWorksheets } from './unit-workbook/entry';
import { objectionPreparationWorksheet } from './objection-preparation/entry';
import { negotiationPlanWorksheet } from './negotiation-plan/entry';
import { meetingPreparationWorksheet } from './meeting-preparation/entry';
import { salesActivityPlanWorksheet } from './sales-activity-plan/entry';
import { relationshipLogWorksheet } from './relationship-log/entry';
import { informationAnalysisWorksheet } from './information-analysis/entry';
import { witnessTestimonyWorksheet } from './witness-testimony/entry';

/**
 * Every interactive worksheet the toolkit offers, in the order of the home page, each as its folder's
 * entry.ts gives it (its meta; its model, page and exports loaded when needed). Adding a worksheet is
 * adding its folder and one line here. The first one's worked example greets a newcomer. A section
 * page does not load this list: it loads only its own worksheet's entry (load-worksheet.ts).
 */
export const interactiveWorksheets: WorksheetDefinition[] = [
  pestleWorksheet,
  customerProfileWorksheet,
  pipelineWorksheet,
  smartObjectivesWorksheet,
  decisionMatrixWorksheet,
  stressTrackerWorksheet,
  communicationPlanWorksheet,
  objectionPreparationWorksheet,
  negotiationPlanWorksheet,
  meetingPreparationWorksheet,
  salesActivityPlanWorksheet,
  relationshipLogWorksheet,
  informationAnalysisWorksheet,
  witnessTestimonyWorksheet,
];

/** One workbook per unit of the specification (unit-workbook/entry.ts). */
export const workbooks: readonly WorksheetDefinition[] = workbookWorksheets;

/** Everything a document can be made from: the worksheets, then the workbooks. */
export const worksheets: WorksheetDefinition[] = [...interactiveWorksheets, ...workbooks];

/** Those with a worked example to open (every worksheet; the workbooks of a few units). */
export const worksheetsWithExamples = worksheets.filter((w) => hasWorkedExample(w.meta));

export const findWorksheet = (id: string) => worksheets.find((w) => w.meta.id === id);

/** Loads a worksheet's model by id, for opening and importing documents. */
export async function loadWorksheetModel(id: string): Promise<WorksheetModel<unknown> | undefined> {
  return findWorksheet(id)?.loadModel();
}
