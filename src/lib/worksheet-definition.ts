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

/** What the shell knows about a worksheet without loading its code. */
export type WorksheetMeta = {
  /** Stable id, used in routes and in stored documents. Never rename. */
  id: string;
  title: string;
  summary: string;
  unit: { code: string; title: string };
  criteria: AssessmentCriterion[];
  /** Other units the same work can support, shown on the home page. */
  alsoSupports?: string;
  /** The worksheet's parts in order, each its own page. */
  sections: readonly WorksheetSection[];
};

export type ParseResult<T> = { ok: true; data: T } | { ok: false; reason: string };

/** A worksheet's pure model: schema, versions, rules and PDF content. No React. */
export type WorksheetModel<T> = {
  schemaVersion: number;
  /** Validates stored or imported data of any known version, upgrading it to the current one. */
  parse(data: unknown, version: number): ParseResult<T>;
  createEmpty(): T;
  createExample(): { name: string; data: T };
  completeness(data: T): ChecklistItem[];
  evidenceBlocks(data: T): PdfBlock[];
  /**
   * For a worksheet that serves several units: the one unit and the AC this document evidences,
   * which the PDF then lists instead of every unit the worksheet could serve. Null while unknown.
   */
  /**
   * The worksheet's tables for a spreadsheet (CSV), with raw numbers. Without it, the learner is
   * offered the tables of the evidence PDF.
   */
  spreadsheetTables?(data: T): SpreadsheetTable[];
  evidenceScope?(data: T): { unit: { code: string; title: string }; criteria: AssessmentCriterion[] } | null;
};

export type WorksheetPageProps<T> = {
  documentId: string;
  /** The section to show (WorksheetSection.id), or null for every section on one page (the review page). */
  section: string | null;
  initialData: T;
  onChange(data: T): void;
};

export type WorksheetDefinition = {
  meta: WorksheetMeta;
  loadModel(): Promise<WorksheetModel<unknown>>;
  loadPage(): Promise<ComponentType<WorksheetPageProps<unknown>>>;
};
