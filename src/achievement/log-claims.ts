/**
 * What the learner's documents claim, AC by AC, for the achievement log: each worksheet document's
 * AC (its chosen unit's, for a worksheet serving several), and each answer in a unit workbook
 * (written here, or a worksheet document chosen as its evidence). Pure: the documents come with
 * their worksheets' metadata and models, so this is tested with the real ones.
 */
import * as z from 'zod/mini';
import { requiredCount } from '../lib/checklist';
import { exampleLikenessOf } from '../lib/completeness';
import { isPracticalOutcome } from '../lib/spec/unit-spec';
import { outlineOf } from '../lib/spec/outlines';
import { isStillWorkedExample } from '../lib/worked-example';
import type { WorksheetMeta, WorksheetModel } from '../lib/worksheet-definition';
import { completionDateOf, type StoredDocument } from '../storage/store-schema';

/** One AC of one unit, claimed by one place in the learner's work. */
export type EvidenceClaim = {
  /** The document the evidence is in (for its pages in a portfolio pack). */
  documentId: string;
  /** A worksheet document (or one chosen in a workbook as the AC's evidence), or an answer written in the unit's workbook. */
  kind: 'document' | 'workbook-answer';
  /** "PESTLE builder: Café review": the worksheet and the document's name. */
  documentLabel: string;
  unitCode: string;
  criterionCode: string;
  /** The document meets every rule the specification sets (a workbook answer: the AC's own rule). */
  isComplete: boolean;
  /** Still the toolkit's worked example: shown, never evidence. */
  isWorkedExample: boolean;
  /** yyyy-mm-dd: the date the learner set on the document, else its last change. */
  completedOn: string;
};

export type DocumentForLog = { stored: StoredDocument; meta: WorksheetMeta; model: WorksheetModel<unknown> };

const UNIT_CODE = /^L\d[A-Z]\d$/;

/** "2.1" of the document's unit, or "L3S3 2.1" naming its own: the unit and the AC code. */
export function splitCriterionCode(documentUnit: string, code: string): { unitCode: string; criterionCode: string } {
  const [first = '', second, ...rest] = code.trim().split(/\s+/);
  return second !== undefined && rest.length === 0 && UNIT_CODE.test(first) ? { unitCode: first, criterionCode: second } : { unitCode: documentUnit.trim(), criterionCode: code.trim() };
}

/** "PESTLE builder: Café review", or just the title when the name only repeats it. */
export function documentLabel(worksheetTitle: string, documentName: string): string {
  const name = documentName.trim();
  return name === '' || name.toLowerCase() === worksheetTitle.trim().toLowerCase() ? worksheetTitle : `${worksheetTitle}: ${name}`;
}

/**
 * The part of a workbook's answers the log reads: the AC, what was written, the evidence records
 * and the worksheet document chosen (the workbook's own schema checks the rest; this only reads).
 * Pinned to the real workbook model by log-claims.test.ts.
 */
const WorkbookAnswersView = z.object({
  answers: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      records: z.array(z.object({ what: z.string(), where: z.string(), date: z.string(), by: z.string() })),
      evidence: z.object({ documentId: z.string(), documentName: z.string(), worksheetTitle: z.string() }),
    }),
  ),
});
type WorkbookAnswer = z.infer<typeof WorkbookAnswersView>['answers'][number];

const written = (text: string) => text.trim() !== '';
const isFullRecord = (record: WorkbookAnswer['records'][number]) => written(record.what) && written(record.where) && record.date !== '' && written(record.by);
const hasAnything = (answer: WorkbookAnswer) => written(answer.text) || answer.records.some((record) => written(record.what) || written(record.where) || written(record.by) || record.date !== '');

type Read = { document: DocumentForLog; data: unknown; isComplete: boolean; isWorkedExample: boolean; label: string; completedOn: string };

function read(document: DocumentForLog): Read | null {
  const parsed = document.model.parse(document.stored.data, document.stored.schemaVersion);
  if (!parsed.ok) return null;
  const { met, total } = requiredCount(document.model.completeness(parsed.data));
  return {
    document,
    data: parsed.data,
    isComplete: total > 0 && met === total,
    isWorkedExample: isStillWorkedExample(exampleLikenessOf(document.model, parsed.data)),
    label: documentLabel(document.meta.title, document.stored.name),
    completedOn: completionDateOf(document.stored),
  };
}

function worksheetClaims(doc: Read): EvidenceClaim[] {
  const { meta, model, stored } = doc.document;
  const scope = model.evidenceScope?.(doc.data) ?? { unit: meta.unit, criteria: meta.criteria };
  return scope.criteria.map((criterion) => ({
    documentId: stored.id,
    kind: 'document',
    documentLabel: doc.label,
    ...splitCriterionCode(scope.unit.code, criterion.code),
    isComplete: doc.isComplete,
    isWorkedExample: doc.isWorkedExample,
    completedOn: doc.completedOn,
  }));
}

function workbookClaims(doc: Read, byId: ReadonlyMap<string, Read>): EvidenceClaim[] {
  const view = WorkbookAnswersView.safeParse(doc.data);
  const outline = outlineOf(doc.document.meta.unit.code);
  if (!view.success || !outline) return [];
  return outline.outcomes.flatMap((outcome) =>
    outcome.criteria.flatMap((criterion): EvidenceClaim[] => {
      const answer = view.data.answers.find((candidate) => candidate.code === criterion.code);
      if (!answer) return [];
      const base = { unitCode: outline.code, criterionCode: criterion.code };
      if (answer.evidence.documentId !== '') {
        // The chosen worksheet document is the evidence: its pages, its completeness, its date.
        const linked = byId.get(answer.evidence.documentId);
        return [
          {
            ...base,
            documentId: answer.evidence.documentId,
            kind: 'document',
            documentLabel: linked?.label ?? documentLabel(answer.evidence.worksheetTitle, answer.evidence.documentName),
            isComplete: linked?.isComplete ?? false,
            isWorkedExample: linked?.isWorkedExample ?? false,
            completedOn: linked?.completedOn ?? doc.completedOn,
          },
        ];
      }
      if (!hasAnything(answer)) return [];
      const isAnswered = isPracticalOutcome(outcome) ? answer.records.some(isFullRecord) : written(answer.text);
      return [{ ...base, documentId: doc.document.stored.id, kind: 'workbook-answer', documentLabel: doc.label, isComplete: isAnswered, isWorkedExample: doc.isWorkedExample, completedOn: doc.completedOn }];
    }),
  );
}

/** Every claim the learner's documents make, document by document; documents that cannot be read make none. */
export function claimsOf(documents: readonly DocumentForLog[]): EvidenceClaim[] {
  const reads = documents.map(read).filter((doc): doc is Read => doc !== null);
  const byId = new Map(reads.map((doc) => [doc.document.stored.id, doc]));
  return reads.flatMap((doc) => (doc.document.meta.kind === 'workbook' ? workbookClaims(doc, byId) : worksheetClaims(doc)));
}
