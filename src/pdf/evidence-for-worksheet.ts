import type { ExportingModel, WorksheetMeta } from '../lib/worksheet-definition';
import type { EvidenceDocument } from './evidence-document';
import type { LearnerDetails } from '../lib/evidence-types';
import { exampleLikenessOf } from '../lib/completeness';
import { noticeIfWorkedExample } from '../lib/worked-example';

/**
 * Puts a worksheet's data together with the unit, criteria and learner into one evidence document.
 * While the data is still mostly the worked example, whatever the document is called, it carries
 * the notice that marks every page, so no export path can leave the mark off.
 */
export function evidenceForWorksheet<T>(
  meta: WorksheetMeta,
  model: ExportingModel<T>,
  documentName: string,
  data: T,
  learner: LearnerDetails,
  date: string,
  { completedOn }: { completedOn?: string } = {},
): EvidenceDocument {
  // A worksheet serving several units names only the one this document evidences.
  const scope = model.evidenceScope?.(data) ?? { unit: meta.unit, criteria: meta.criteria };
  const workedExampleNotice = noticeIfWorkedExample(exampleLikenessOf(model, data));
  return {
    worksheetTitle: meta.title,
    documentName,
    unit: scope.unit,
    criteria: scope.criteria,
    learner,
    date,
    ...(completedOn ? { completedOn } : {}),
    blocks: model.evidenceBlocks(data),
    checklist: model.completeness(data),
    ...(workedExampleNotice ? { workedExampleNotice } : {}),
  };
}
