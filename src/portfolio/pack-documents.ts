/**
 * From the learner's stored documents to the evidence documents of a pack, each built exactly as
 * its single export builds it (evidenceForWorksheet, so a SMART writer names only its chosen unit).
 * No React: the worksheet models are passed in, so this is tested with the real ones.
 */
import type { ExportingModel, WorksheetMeta, WorksheetModel } from '../lib/worksheet-definition';
import type { EvidenceDocument } from '../pdf/evidence-document';
import type { LearnerDetails } from '../lib/evidence-types';
import { evidenceForWorksheet } from '../pdf/evidence-for-worksheet';
import { completionDateOf, type StoredDocument } from '../storage/store-schema';
import type { UnitStatus } from '../storage/store-shapes';
import { claimsOf, type DocumentForLog } from '../achievement/log-claims';
import type { PortfolioPack } from './pack';

/** A worksheet with its model and what its exports need, both loaded. */
export type Worksheet = { meta: WorksheetMeta; model: ExportingModel<unknown> };
/** A worksheet as the portfolio page lists it: its light page model is enough to name a document's unit. */
export type ListedWorksheet = { meta: WorksheetMeta; model: WorksheetModel<unknown> };

export type PreparedEvidence = { ok: true; evidence: EvidenceDocument } | { ok: false; reason: string };

/** One stored document as evidence, or why it cannot be read (it is then left out, never guessed at). */
export function evidenceForStoredDocument(
  stored: StoredDocument,
  worksheet: Worksheet,
  learner: LearnerDetails,
  date: string,
): PreparedEvidence {
  const parsed = worksheet.model.parse(stored.data, stored.schemaVersion);
  if (!parsed.ok) return { ok: false, reason: `“${stored.name}” could not be read, so it is not in the pack. ${parsed.reason}` };
  return { ok: true, evidence: evidenceForWorksheet(worksheet.meta, worksheet.model, stored.name, parsed.data, learner, date, { completedOn: completionDateOf(stored) }) };
}

/** The unit a document evidences as its PDF names it: the chosen one for a worksheet serving several. */
export function unitOfStoredDocument(stored: StoredDocument, worksheet: ListedWorksheet): { code: string; title: string } {
  // Only a worksheet that serves several units names one per document: the rest need no parse.
  if (!worksheet.model.evidenceScope) return worksheet.meta.unit;
  const parsed = worksheet.model.parse(stored.data, stored.schemaVersion);
  return (parsed.ok ? worksheet.model.evidenceScope?.(parsed.data)?.unit : undefined) ?? worksheet.meta.unit;
}

/** Whether every check of the document's completeness check is met, from its saved summary. */
export const isComplete = (stored: StoredDocument) => stored.summary.total > 0 && stored.summary.met === stored.summary.total;

/**
 * The pack of the chosen documents, in the order given, with the reasons for any left out.
 * `findWorksheet` gives a document's worksheet (models already loaded), or undefined if unknown.
 */
export function buildPortfolioPack(
  chosen: StoredDocument[],
  findWorksheet: (worksheetId: string) => Worksheet | undefined,
  learner: LearnerDetails,
  date: string,
  unitStatuses: Readonly<Record<string, UnitStatus>> = {},
): { pack: PortfolioPack; problems: string[] } {
  const documents: EvidenceDocument[] = [];
  const forLog: DocumentForLog[] = [];
  const problems: string[] = [];
  for (const stored of chosen) {
    const worksheet = findWorksheet(stored.worksheetId);
    if (!worksheet) {
      problems.push(`“${stored.name}” is from a worksheet this version of the toolkit does not have, so it is not in the pack.`);
      continue;
    }
    const prepared = evidenceForStoredDocument(stored, worksheet, learner, date);
    if (prepared.ok) {
      documents.push(prepared.evidence);
      forLog.push({ stored, ...worksheet });
    } else problems.push(prepared.reason);
  }
  const logs = { claims: claimsOf(forLog), documentIds: forLog.map((doc) => doc.stored.id), unitStatuses };
  return { pack: { learner, date, documents, logs }, problems };
}
