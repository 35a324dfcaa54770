/**
 * A portfolio pack as plain data: the chosen evidence documents, where each one lands in the
 * finished PDF, and the evidence index that maps every assessment criterion to those pages (the
 * "location of the evidence" an achievement log asks for). No jspdf and no React, so all of the page
 * arithmetic is tested directly; `render-pack.ts` draws it.
 */
import { UNITS } from '../achievement/units';
import { documentLabel, type EvidenceClaim } from '../achievement/log-claims';
import type { UnitStatus } from '../storage/store-shapes';
import type { EvidenceDocument } from '../pdf/evidence-document';
import type { AssessmentCriterion, LearnerDetails } from '../lib/evidence-types';
import type { PageRange } from '../pdf/page-range';

export type { PageRange };

export type PortfolioPack = {
  learner: LearnerDetails;
  /** ISO date (yyyy-mm-dd) the pack was put together. */
  date: string;
  /** In the order they appear in the pack, each built exactly as its single export is. */
  documents: EvidenceDocument[];
  /**
   * For the achievement logs after the index: what the documents claim, AC by AC, the stored id of
   * each document (in pack order, to give each log row the pack's pages) and the learner's unit statuses.
   */
  logs?: { claims: EvidenceClaim[]; documentIds: string[]; unitStatuses: Readonly<Record<string, UnitStatus>> };
};

/** How many pages the cover, the evidence index and the achievement logs take; all come before the documents. */
export type FrontMatterPages = { cover: number; index: number; logs?: number };

/** Where everything lands in the finished pack. */
export type PackLayout = {
  cover: PageRange;
  index: PageRange;
  /** The achievement logs (the qualification's, then each unit's), or null when the pack has none. */
  logs: PageRange | null;
  /** One range per document, in pack order. */
  documents: PageRange[];
  /** One range per attachment (supporting evidence, after its document's pages), in the order drawn. */
  attachments: PageRange[];
  declarations: PageRange;
  totalPages: number;
};

/** One row of the evidence index: one criterion evidenced by one document on these pages. */
export type EvidenceIndexRow = {
  unitCode: string;
  unitTitle: string;
  criterionCode: string;
  criterionText: string;
  /** Position of the document in the pack. */
  documentIndex: number;
  worksheetTitle: string;
  documentName: string;
  pages: PageRange;
};

/** One line of the cover's list of contents. */
export type ContentsEntry = { title: string; unit: string; pages: PageRange };

// ---------------------------------------------------------------------------------------------
// Page numbers
// ---------------------------------------------------------------------------------------------

/**
 * The pack is drawn body first (the documents from page 1, then the declarations page), and the
 * cover and index are moved in front once their length is known. This turns the body's own page
 * numbers into the finished pack's.
 */
export function layOutPack(frontMatter: FrontMatterPages, bodyDocuments: PageRange[], bodyDeclarations: PageRange, bodyAttachments: PageRange[] = []): PackLayout {
  const logs = frontMatter.logs ?? 0;
  const shift = frontMatter.cover + frontMatter.index + logs;
  const moved = (range: PageRange): PageRange => ({ first: range.first + shift, last: range.last + shift });
  const declarations = moved(bodyDeclarations);
  return {
    cover: { first: 1, last: frontMatter.cover },
    index: { first: frontMatter.cover + 1, last: frontMatter.cover + frontMatter.index },
    logs: logs > 0 ? { first: frontMatter.cover + frontMatter.index + 1, last: shift } : null,
    documents: bodyDocuments.map(moved),
    attachments: bodyAttachments.map(moved),
    declarations,
    totalPages: declarations.last,
  };
}

/** "7" for one page, "7–9" for several: the form an achievement log's location column takes. */
export function formatPageRange(range: PageRange): string {
  return range.first === range.last ? String(range.first) : `${range.first}–${range.last}`;
}

/** The document whose pages include this page, or -1 for the cover, index and declarations. */
export function documentOnPage(layout: PackLayout, page: number): number {
  return layout.documents.findIndex((range) => page >= range.first && page <= range.last);
}

// ---------------------------------------------------------------------------------------------
// Evidence index
// ---------------------------------------------------------------------------------------------

const UNIT_CODE = /^[A-Z]\d[A-Z]\d+$/;

/**
 * The unit and AC a criterion belongs to. Most documents name one unit and plain codes ("2.1"); a
 * worksheet that has not yet been given its unit (a SMART writer with no context chosen) lists
 * every unit's AC as "L3S3 2.1", so the unit is read from the code itself.
 */
export function criterionUnitAndCode(documentUnit: { code: string; title: string }, criterion: AssessmentCriterion) {
  const [unitPart, codePart, ...rest] = criterion.code.trim().split(/\s+/);
  if (unitPart !== undefined && codePart !== undefined && rest.length === 0 && UNIT_CODE.test(unitPart)) {
    const title = unitPart === documentUnit.code ? documentUnit.title : (UNITS.find((unit) => unit.code === unitPart)?.title ?? '');
    return { unitCode: unitPart, unitTitle: title, criterionCode: codePart };
  }
  return { unitCode: documentUnit.code.trim(), unitTitle: documentUnit.title.trim(), criterionCode: criterion.code.trim() };
}

/** Compares codes such as "2.10" and "2.9" part by part, as numbers where they are numbers. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Every criterion of every document, one row per criterion and document, ordered by unit, then AC,
 * then the document's place in the pack. `pages` holds each document's range in the finished PDF.
 */
export function buildEvidenceIndex(documents: EvidenceDocument[], pages: PageRange[]): EvidenceIndexRow[] {
  const rows = documents.flatMap((document, documentIndex) => {
    const range = pages[documentIndex];
    if (range === undefined) throw new Error(`No pages given for document ${documentIndex + 1} of ${documents.length}.`);
    // A worked example is not evidence: it is in the pack, marked, but no AC is mapped to it.
    if (document.workedExampleNotice) return [];
    return document.criteria.map((criterion) => ({
      ...criterionUnitAndCode(document.unit, criterion),
      criterionText: criterion.text.trim(),
      documentIndex,
      worksheetTitle: document.worksheetTitle,
      documentName: document.documentName,
      pages: range,
    }));
  });
  return rows.sort(
    (a, b) =>
      compareCodes(a.unitCode, b.unitCode) ||
      compareCodes(a.criterionCode, b.criterionCode) ||
      a.documentIndex - b.documentIndex,
  );
}

/** The units the pack evidences, in index order, each once. */
export function unitsInIndex(rows: EvidenceIndexRow[]): Array<{ code: string; title: string }> {
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(row.unitCode)) seen.set(row.unitCode, row.unitTitle);
  return [...seen].map(([code, title]) => ({ code, title }));
}

/** "PESTLE builder: Café Zoë review": one wording for the pack's contents and the achievement logs. */
export { documentLabel };

export const WORKED_EXAMPLE_CONTENTS_NOTE = ' (the worked example: not evidence, left out of the index)';

/** The cover's list of contents: the index, each document with its unit, and the declarations. */
export function packContents(documents: EvidenceDocument[], layout: PackLayout): ContentsEntry[] {
  return [
    { title: 'Evidence index: where the evidence for each assessment criterion is', unit: '', pages: layout.index },
    ...(layout.logs ? [{ title: 'Achievement logs: the qualification and each unit', unit: '', pages: layout.logs }] : []),
    ...documents.map((document, index) => ({
      title: `${documentLabel(document.worksheetTitle, document.documentName)}${document.workedExampleNotice ? WORKED_EXAMPLE_CONTENTS_NOTE : ''}`,
      unit: document.unit.code,
      pages: layout.documents[index] ?? layout.index,
    })),
    { title: 'Declarations: learner and assessor', unit: '', pages: layout.declarations },
  ];
}

// ---------------------------------------------------------------------------------------------
// What the learner is told before building
// ---------------------------------------------------------------------------------------------

const LEARNER_FIELD_LABELS: Array<[keyof LearnerDetails, string]> = [
  ['name', 'your name'],
  ['learnerNumber', 'your learner number'],
  ['centre', 'your centre'],
  ['assessor', 'your assessor’s name'],
  ['qualification', 'your qualification'],
];

/** The details the cover prints that the learner has not given yet, in words. */
export function missingLearnerDetails(learner: LearnerDetails): string[] {
  return LEARNER_FIELD_LABELS.filter(([key]) => learner[key].trim() === '').map(([, label]) => label);
}

export { listInWords } from '../lib/text-list';
