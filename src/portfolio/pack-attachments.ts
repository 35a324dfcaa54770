/**
 * Supporting evidence in a portfolio pack, as plain data: each attachment of the pack's documents
 * with the pages it takes, its rows in the evidence index, and its place in the achievement logs'
 * "location". No jspdf, no pdf-lib, no IndexedDB: attachment-pages.ts draws it.
 */
import type { AttachmentMeta } from '../attachments/attachment';
import type { LogLocation, UnitLog } from '../achievement/achievement-log';
import type { EvidenceDocument } from '../pdf/evidence-document';
import type { PageRange } from '../pdf/page-range';
import { formatDate } from '../lib/dates';
import { compareCodes, criterionUnitAndCode, type EvidenceIndexRow } from './pack';

/** One attachment ready to draw: its document's place in the pack and what the drawing needs to know. */
export type PackAttachment = {
  /** Position of its document in the pack. */
  documentIndex: number;
  meta: AttachmentMeta;
  bytes: Uint8Array;
  /** An attached PDF's pages (width and height in points), read before drawing; null when it could not be read. */
  pdfPages?: Array<{ width: number; height: number }> | null;
};

/** "Supporting evidence: Whiteboard after the meeting": the words the index and the logs use. */
export const attachmentTitle = (meta: Pick<AttachmentMeta, 'caption'>) => `Supporting evidence: ${meta.caption}`;

/** "whiteboard.png, 20 November 2026": the file and its date. */
export const attachmentDetail = (meta: Pick<AttachmentMeta, 'fileName' | 'date'>) => `${meta.fileName}, ${formatDate(meta.date)}`;

/** The unit and AC an attachment supports, read as its document reads its own AC; null for the whole document. */
export function attachmentCriterion(document: EvidenceDocument, meta: AttachmentMeta) {
  if (meta.criterionCode === undefined) return null;
  const criterion = document.criteria.find((candidate) => candidate.code === meta.criterionCode);
  // An AC the document no longer claims (its unit was changed since): listed with the document, not under an AC.
  if (!criterion) return null;
  return { ...criterionUnitAndCode(document.unit, criterion), criterionText: criterion.text.trim() };
}

/**
 * Evidence-index rows for the attachments that name an AC, merged into the documents' rows in
 * the index's order (unit, AC, document, then the document's own row before its attachments).
 * `pages` holds each attachment's range in the finished pack, in the order of `attachments`.
 */
export function withAttachmentRows(rows: EvidenceIndexRow[], documents: EvidenceDocument[], attachments: PackAttachment[], pages: PageRange[]): EvidenceIndexRow[] {
  const extra = attachments.flatMap((attachment, index) => {
    const document = documents[attachment.documentIndex];
    const range = pages[index];
    if (!document || !range || document.workedExampleNotice) return [];
    const criterion = attachmentCriterion(document, attachment.meta);
    if (!criterion) return [];
    return [{ ...criterion, documentIndex: attachment.documentIndex, worksheetTitle: attachmentTitle(attachment.meta), documentName: attachmentDetail(attachment.meta), pages: range, isAttachment: true }];
  });
  if (extra.length === 0) return rows;
  return [...rows.map((row) => ({ ...row, isAttachment: false })), ...extra]
    .sort((a, b) => compareCodes(a.unitCode, b.unitCode) || compareCodes(a.criterionCode, b.criterionCode) || a.documentIndex - b.documentIndex || Number(a.isAttachment) - Number(b.isAttachment))
    .map(({ isAttachment: _isAttachment, ...row }) => row);
}

/** One line of the pack's list of every attachment. */
export type AttachmentListRow = { caption: string; documentLabel: string; criterion: string; date: string; fileName: string; pages: PageRange };

/** Every attachment in pack order, with the AC it supports ("L3B2 2.1", or "Whole document") and its pages. */
export function attachmentListRows(documents: EvidenceDocument[], attachments: PackAttachment[], pages: PageRange[], documentLabel: (document: EvidenceDocument) => string): AttachmentListRow[] {
  return attachments.flatMap((attachment, index) => {
    const document = documents[attachment.documentIndex];
    const range = pages[index];
    if (!document || !range) return [];
    const criterion = attachmentCriterion(document, attachment.meta);
    return [
      {
        caption: attachment.meta.caption,
        documentLabel: documentLabel(document),
        criterion: criterion ? `${criterion.unitCode} ${criterion.criterionCode}` : 'Whole document',
        date: formatDate(attachment.meta.date),
        fileName: attachment.meta.fileName,
        pages: range,
      },
    ];
  });
}

/**
 * The achievement logs with each attachment that names an AC added to that AC's locations, with
 * its pages. An attachment supports the documents' evidence: it never makes an AC achieved by itself.
 */
export function logsWithAttachments(logs: UnitLog[], documents: EvidenceDocument[], attachments: PackAttachment[], pages: PageRange[], documentIds: readonly string[]): UnitLog[] {
  const supporting = attachments.flatMap((attachment, index) => {
    const document = documents[attachment.documentIndex];
    const range = pages[index];
    const criterion = document && attachmentCriterion(document, attachment.meta);
    if (!document || !range || !criterion) return [];
    const location: LogLocation = {
      documentId: documentIds[attachment.documentIndex] ?? '',
      kind: 'document',
      documentLabel: `${attachmentTitle(attachment.meta)} (${attachmentDetail(attachment.meta)})`,
      isComplete: true,
      isWorkedExample: Boolean(document.workedExampleNotice),
      completedOn: attachment.meta.date,
      pages: range,
      isInPack: true,
    };
    return [{ unitCode: criterion.unitCode, criterionCode: criterion.criterionCode, location }];
  });
  if (supporting.length === 0) return logs;
  return logs.map((log) => ({
    ...log,
    outcomes: log.outcomes.map((outcome) => ({
      ...outcome,
      rows: outcome.rows.map((row) => {
        const added = supporting.filter((entry) => entry.unitCode === log.unitCode && entry.criterionCode === row.code).map((entry) => entry.location);
        return added.length === 0 ? row : { ...row, locations: [...row.locations, ...added] };
      }),
    })),
  }));
}
