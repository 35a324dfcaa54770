import type { ComponentType } from 'react';
import type { AssessmentCriterion, ChecklistItem, PdfBlock } from './evidence-types';
import type { SpreadsheetTable } from './evidence-types';

/**
 * One part of a worksheet, shown as its own page and listed on the worksheet's task list (the
 * GOV.UK "complete multiple tasks" pattern). Its status comes from the checklist rules that name it.
 */
export type WorksheetSection = {
  /** Stable, used in the address: /documents/<id>/<section id>. */
  id: string;
  title: string;
  /** The codes of the AC this section evidences, as the meta's criteria name them ('2.1', 'L3C4 1.1'). */
  criteria: readonly string[];
};

/**
 * What the home page lists about a worksheet or workbook (src/worksheets/catalogue.ts, from each
 * folder's card.ts): no AC and no sections, so listing them loads no unit outline.
 */
export type CatalogueEntry = {
  /** Stable id, used in routes and in stored documents. Never rename. */
  id: string;
  title: string;
  summary: string;
  unit: { code: string; title: string };
  /** Other units the same work can support, shown on the home page. */
  alsoSupports?: string;
  /**
   * 'workbook': a unit's guided workbook (one per unit, listed apart from the worksheets' cards);
   * otherwise an interactive worksheet.
   */
  kind?: 'worksheet' | 'workbook';
  /** False when the model has no worked example (createExample absent): no example button is offered. */
  hasWorkedExample?: boolean;
};

/** What the shell knows about a worksheet without loading its code: its card, its AC and its sections. */
export type WorksheetMeta = CatalogueEntry & {
  criteria: AssessmentCriterion[];
  /** The worksheet's parts in order, each its own page. */
  sections: readonly WorksheetSection[];
  /** Where its fixtures are, under src/worksheets/, when not `<id>/fixtures` (several entries sharing one folder). */
  fixturesFolder?: string;
};

/** Whether a worksheet offers a worked example (most do; a workbook only for the units written for). */
export const hasWorkedExample = (meta: Pick<CatalogueEntry, 'hasWorkedExample'>) => meta.hasWorkedExample !== false;

/** The folder of a worksheet's fixtures, under src/worksheets/. */
export const fixturesFolderOf = (meta: WorksheetMeta) => meta.fixturesFolder ?? `${meta.id}/fixtures`;

/** Where an AC of a unit stands in a document: answered here, evidenced by a worksheet document, or not started. */
export type CriterionProgress = 'answered' | 'worksheet' | 'not-started';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * A worksheet's pure model: schema, versions, rules and the unit it evidences. No React. Loaded with
 * its section page, so what only an export needs is apart, in its WorksheetExports.
 */
export type WorksheetModel<T> = {
  schemaVersion: number;
  /** Validates stored or imported data of any known version, upgrading it to the current one. */
  parse(data: unknown, version: number): ParseResult<T>;
  createEmpty(): T;
  /** The worked example; absent when the meta says `hasWorkedExample: false`. */
  createExample?(): { name: string; data: T };
  completeness(data: T): ChecklistItem[];
  /**
   * For a worksheet that serves several units: the one unit and the AC this document evidences,
   * which the PDF then lists instead of every unit the worksheet could serve. Null while unknown.
   */
  evidenceScope?(data: T): { unit: { code: string; title: string }; criteria: AssessmentCriterion[] } | null;
  /** A workbook's progress on each AC of its unit, by AC code ('1.1'), for the Units page. */
  criterionProgress?(data: T): Record<string, CriterionProgress>;
};

/**
 * What only the exports need (the PDF, the portfolio pack, the CSV tables): each worksheet's
 * exports.ts, loaded when the learner exports, so a section page does not carry it.
 */
export type WorksheetExports<T> = {
  evidenceBlocks(data: T): PdfBlock[];
  /**
   * The worksheet's tables for a spreadsheet (CSV), with raw numbers. Without it, the learner is
   * offered the tables of the evidence PDF.
   */
  spreadsheetTables?(data: T): SpreadsheetTable[];
};

/** A model with its exports, as an export builds from. */
export type ExportingModel<T> = WorksheetModel<T> & WorksheetExports<T>;

/** A worksheet's model with its worked example: every interactive worksheet has one. */
export type WorksheetModelWithExample<T> = WorksheetModel<T> & { createExample(): { name: string; data: T } };

/** The worked example of a model that has one; throws for one that has none (check `hasWorkedExample` first). */
export function exampleOf<T>(model: WorksheetModel<T>): { name: string; data: T } {
  if (!model.createExample) throw new Error('This worksheet has no worked example.');
  return model.createExample();
}

/** An interactive worksheet and the AC it can evidence ('L3B2 2.1'). */
export type EvidenceWorksheetOption = { title: string; criteria: readonly string[] };

export type EvidenceOptions = { worksheets: readonly EvidenceWorksheetOption[]; documents: readonly EvidenceDocumentOption[] };

/** One of the learner's documents that can evidence AC of other units' workbooks, as the shell lists them. */
export type EvidenceDocumentOption = {
  id: string;
  name: string;
  worksheetTitle: string;
  /** The AC it can evidence, each with its unit: 'L3B2 2.1'. */
  criteria: readonly string[];
};

export type WorksheetPageProps<T> = {
  documentId: string;
  /** The section to show (WorksheetSection.id), or null for every section on one page (the review page). */
  section: string | null;
  initialData: T;
  onChange(data: T): void;
  /**
   * For a workbook: the interactive worksheets that can evidence AC, and the learner's documents of
   * them, filled by the shell (a worksheet folder may not read the registry or the store). None in
   * the class demo.
   */
  evidenceOptions?: EvidenceOptions;
};

export type WorksheetDefinition = {
  meta: WorksheetMeta;
  /** The whole model, worked example included: for everything but opening a section page. */
  loadModel(): Promise<WorksheetModel<unknown>>;
  /**
   * What a section page opens with: the model, possibly without its worked example (createExample),
   * which loadModel then brings; the page corrects the saved summary once it has it.
   */
  loadPageModel(): Promise<WorksheetModel<unknown>>;
  loadPage(): Promise<ComponentType<WorksheetPageProps<unknown>>>;
  /** Only when the learner exports: the PDF's blocks and the spreadsheet's tables. */
  loadExports(): Promise<WorksheetExports<unknown>>;
};

/** How a worksheet's code is loaded, each part only when needed (see WorksheetDefinition). */
export type WorksheetLoaders<T> = {
  loadModel: () => Promise<WorksheetModel<T>>;
  /** Without it, the section page opens with loadModel's model. */
  loadPageModel?: () => Promise<WorksheetModel<T>>;
  loadPage: () => Promise<ComponentType<WorksheetPageProps<T>>>;
  loadExports: () => Promise<WorksheetExports<T>>;
};

/**
 * One worksheet as the shell knows it (each folder's entry.ts): its tiny meta now, its code only
 * when needed. The shell only hands a page data its own model has parsed, so widening the types to
 * unknown is safe.
 */
export function defineWorksheet<T>(meta: WorksheetMeta, { loadModel, loadPageModel = loadModel, loadPage, loadExports }: WorksheetLoaders<T>): WorksheetDefinition {
  return {
    meta,
    loadModel,
    loadPageModel,
    loadPage: loadPage as () => Promise<ComponentType<WorksheetPageProps<unknown>>>,
    loadExports,
  };
}

/** A worksheet's model with its exports, both loaded (each once: the imports are cached). */
export async function loadExportingModel(worksheet: Pick<WorksheetDefinition, 'loadModel' | 'loadExports'>): Promise<ExportingModel<unknown>> {
  const [model, exports] = await Promise.all([worksheet.loadModel(), worksheet.loadExports()]);
  return { ...model, ...exports };
}
