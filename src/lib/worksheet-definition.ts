import type { ComponentType } from 'react';
import type { AssessmentCriterion, ChecklistItem, PdfBlock } from './evidence-types';
import type { SpreadsheetTable } from './evidence-types';

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
  initialData: T;
  onChange(data: T): void;
};

export type WorksheetDefinition = {
  meta: WorksheetMeta;
  loadModel(): Promise<WorksheetModel<unknown>>;
  loadPage(): Promise<ComponentType<WorksheetPageProps<unknown>>>;
};
