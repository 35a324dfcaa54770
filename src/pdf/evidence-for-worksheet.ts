import type { WorksheetMeta, WorksheetModel } from '../lib/worksheet-definition';
import type { EvidenceDocument } from './evidence-document';
import type { LearnerDetails } from '../lib/evidence-types';

/** Puts a worksheet's data together with the unit, criteria and learner into one evidence document. */
export function evidenceForWorksheet<T>(
  meta: WorksheetMeta,
  model: WorksheetModel<T>,
  documentName: string,
  data: T,
  learner: LearnerDetails,
  date: string,
): EvidenceDocument {
  // A worksheet serving several units names only the one this document evidences.
  const scope = model.evidenceScope?.(data) ?? { unit: meta.unit, criteria: meta.criteria };
  return {
    worksheetTitle: meta.title,
    documentName,
    unit: scope.unit,
    criteria: scope.criteria,
    learner,
    date,
    blocks: model.evidenceBlocks(data),
    checklist: model.completeness(data),
  };
}
