import type { WorksheetMeta, WorksheetModel } from '../lib/worksheet-definition';
import type { EvidenceDocument, LearnerDetails } from './evidence-document';

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

export const UNCHANGED_EXAMPLE_NOTICE =
  'This is the toolkit’s worked example, unchanged. It is not the learner’s own evidence and must not be submitted for assessment.';

/**
 * Is this document the worked example exactly as the toolkit made it: the example's name, and never
 * changed since it was created? Its PDF then says so on every page, so it cannot pass for evidence.
 */
export function isUnchangedExample(document: { name: string; createdAt: string; updatedAt: string }, exampleName: string): boolean {
  return document.name === exampleName && document.createdAt === document.updatedAt;
}
