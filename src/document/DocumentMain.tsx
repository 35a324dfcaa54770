import type { ComponentType, ReactNode } from 'react';
import type { WorksheetMeta, WorksheetPageProps } from '../lib/worksheet-definition';
import { CriteriaList } from '../ui/CriteriaList';
import { TextField } from '../ui/fields';

export type DocumentMainProps = {
  meta: WorksheetMeta;
  /** The way back, shown before the worksheet's title: the learner's worksheets, or the class demo. */
  breadcrumb: ReactNode;
  documentId: string;
  documentName: string;
  nameHint: string;
  onRename(name: string): void;
  /** A notice shown above the worksheet, e.g. that another tab changed it. */
  notice?: ReactNode;
  /** The worksheet's own page, memoised so the shell's re-renders do not reach it. */
  Page: ComponentType<WorksheetPageProps<unknown>>;
  /** The data the page starts from; a new revision remounts it. */
  pageStart: { data: unknown; revision: number };
  onChange(data: unknown): void;
};

/**
 * The main column of a worksheet document: title, unit, criteria, its name and the worksheet page.
 * Shared by a learner's document and a class demo's worked example, which differ only in where the
 * data is kept and what the side panel offers.
 */
export function DocumentMain({ meta, breadcrumb, documentId, documentName, nameHint, onRename, notice, Page, pageStart, onChange }: DocumentMainProps) {
  return (
    <div className="document-layout__main">
      <p className="breadcrumb">
        {breadcrumb} › {meta.title}
      </p>
      <h1>{meta.title}</h1>
      <p className="card__unit">
        Unit {meta.unit.code}: {meta.unit.title}
      </p>
      <details className="criteria">
        <summary>Assessment criteria this worksheet evidences</summary>
        <CriteriaList meta={meta} />
      </details>
      <TextField
        label="Document name"
        hint={nameHint}
        value={documentName}
        maxLength={200}
        onChange={(e) => onRename(e.target.value)}
        className="field--wide"
      />
      {notice}
      <Page key={pageStart.revision} documentId={documentId} initialData={pageStart.data} onChange={onChange} />
    </div>
  );
}
