/**
 * The content of an evidence PDF, as plain data. Worksheets build one of these from their model
 * (pure, tested without jspdf); `render-pdf.ts` turns it into an A4 PDF.
 */

import type { AssessmentCriterion, ChecklistItem, LearnerDetails, PdfBlock } from '../lib/evidence-types';

export type EvidenceDocument = {
  worksheetTitle: string;
  documentName: string;
  unit: { code: string; title: string };
  criteria: AssessmentCriterion[];
  learner: LearnerDetails;
  /** ISO date (yyyy-mm-dd) the PDF was made. */
  date: string;
  /** ISO date (yyyy-mm-dd) the learner completed the work (set on the document, else its last change); printed beside the export date. */
  completedOn?: string;
  blocks: PdfBlock[];
  checklist: ChecklistItem[];
  /** Set on a class demo's export: printed on every page, so the PDF can never pass for a learner's evidence. */
  workedExampleNotice?: string;
};
