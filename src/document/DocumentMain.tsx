import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { requiredCount } from '../lib/checklist';
import type { ChecklistItem } from '../lib/evidence-types';
import { neighbours, sectionProgress, unmetChecks } from '../lib/sections';
import type { WorksheetMeta, WorksheetPageProps } from '../lib/worksheet-definition';
import { CriteriaList } from '../ui/CriteriaList';
import { TextField } from '../ui/fields';
import { formatDate, isIsoDate } from '../lib/dates';
import { FieldErrorsProvider, type ShownFieldError } from '../ui/field-errors';
import { ErrorSummary } from './ErrorSummary';
import { focusFieldFor, groupNameOf } from './field-focus';
import { FoldChoicesFor } from '../ui/Fold';
import { ProgressBar } from './ProgressBar';
import { SectionNav } from './SectionNav';
import { TaskList } from './TaskList';

/** The section address that shows every section on one page, ready to check and export. */
export const REVIEW_SECTION = 'review';
/** The address of a learner document's supporting evidence (attached files). */
export const SUPPORTING_EVIDENCE_SECTION = 'supporting-evidence';

export type DocumentMainProps = {
  meta: WorksheetMeta;
  /** The way back, shown before the worksheet's title: the learner's worksheets, or the class demo. */
  breadcrumb: ReactNode;
  documentId: string;
  /** The document's address: its task list; sections are below it. */
  basePath: string;
  /** The section in the address: none for the task list, REVIEW_SECTION for every section. */
  sectionId: string | undefined;
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
  checklist: readonly ChecklistItem[];
  exportLabel: string;
  onExport(): Promise<void>;
  exportMessage: string | null;
  /** Asks for the learner's name before the first export when it is missing (a learner's own document). */
  nameForExport?: { isMissing: boolean; save(name: string): void };
  /**
   * The date the learner completed the work, printed on the PDF and in the achievement log: the
   * date they set, else the day of the last change (`lastChange`). A learner's own document only.
   */
  completion?: { setDate: string | undefined; lastChange: string; onChange(date: string | null): void };
  /** The document's attached files (a learner's own document only): on the review page and at SUPPORTING_EVIDENCE_SECTION. */
  supportingEvidence?(headingLevel: 1 | 2): ReactNode;
  /** For a worksheet serving several units (its model's evidenceScope): the unit and AC this document evidences, once chosen. */
  scope?: Pick<WorksheetMeta, 'unit' | 'criteria'> | null;
};

/**
 * The page's fields showing a problem now, in the order they appear on the page, each named with
 * its group ("Stage 2: Count in the period") where the same label appears more than once.
 */
function inPageOrder(errors: ReadonlyMap<string, ShownFieldError>): ShownFieldError[] {
  const position = (id: string) => document.getElementById(id);
  const named = [...errors.values()].map((error) => {
    const group = groupNameOf(position(error.id));
    return group ? { ...error, label: `${group}: ${error.label}` } : error;
  });
  return named.sort((a, b) => {
    const first = position(a.id);
    const second = position(b.id);
    if (!first || !second) return 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The error summary's state: which page was checked and how widely (Check my work checks the page;
 * export checks the whole document), and the fields that show a problem now. A check belongs to
 * the page it was made on: another section starts quiet again.
 */
function useWorkCheck(pageKey: string) {
  const [checked, setChecked] = useState<{ pageKey: string; scope: 'page' | 'all'; request: number } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<ReadonlyMap<string, ShownFieldError>>(new Map());
  const report = useCallback((id: string, shown: ShownFieldError | null) => {
    setFieldErrors((previous) => {
      const current = previous.get(id);
      if (shown === null ? !current : current?.message === shown.message && current.label === shown.label) return previous;
      const next = new Map(previous);
      if (shown) next.set(id, shown);
      else next.delete(id);
      return next;
    });
  }, []);
  const check = checked?.pageKey === pageKey ? checked : null;
  const errorsContext = useMemo(() => ({ isChecking: check !== null, report }), [check, report]);
  const start = (scope: 'page' | 'all') => setChecked((previous) => ({ pageKey, scope, request: (previous?.request ?? 0) + 1 }));
  return { check, fieldErrors, errorsContext, start };
}

/** What the address asks for: the task list, one section, or every section (the review page). */
function viewOf(meta: WorksheetMeta, sectionId: string | undefined, hasEvidence: boolean) {
  if (sectionId === undefined) return { kind: 'tasks' } as const;
  if (sectionId === REVIEW_SECTION) return { kind: 'review' } as const;
  if (sectionId === SUPPORTING_EVIDENCE_SECTION && hasEvidence) return { kind: 'evidence' } as const;
  const index = meta.sections.findIndex((section) => section.id === sectionId);
  return index < 0 ? ({ kind: 'missing' } as const) : ({ kind: 'section', index, section: meta.sections[index]! } as const);
}

/**
 * The main column of a worksheet document: its title, the progress bar, and the task list, one
 * section, or every section. Shared by a learner's document and a class demo's worked example,
 * which differ only in where the data is kept and what the side panel offers. The worksheet's
 * page stays mounted whichever view is shown (with no section on the task list), so its form
 * keeps every answer while the learner moves between sections.
 */
export function DocumentMain(props: DocumentMainProps) {
  const { meta, scope, breadcrumb, documentId, basePath, sectionId, documentName, nameHint, onRename, notice, Page, pageStart, onChange, checklist } = props;
  const view = viewOf(meta, sectionId, props.supportingEvidence !== undefined);
  const shown = view.kind === 'section' ? view.section.id : view.kind === 'review' ? null : '';
  const { check, fieldErrors, errorsContext, start } = useWorkCheck(sectionId ?? '');
  const summary = useRef<HTMLDivElement>(null);
  const pageArea = useRef<HTMLDivElement>(null);
  // Set by the error summary's links (ErrorSummary.tsx) on the history entry they open.
  const focusFieldOnArrival = useHistoryState<{ focusField?: string } | null>()?.focusField;
  const progress = sectionProgress(meta.sections, checklist);
  // Only the specification's rules count; good practice is shown in the checklist, never counted.
  const { met, total } = requiredCount(checklist);
  const heading = useRef<HTMLHeadingElement>(null);
  const isFirstView = useRef(true);
  // A new section is a new page: say so to a screen reader by moving focus to its heading.
  useEffect(() => {
    if (isFirstView.current) {
      isFirstView.current = false;
      return;
    }
    // Arriving from the error summary: straight to the field that meets the rule.
    if (focusFieldOnArrival !== undefined && focusFieldFor(focusFieldOnArrival || undefined, pageArea.current ?? undefined)) return;
    heading.current?.focus();
    // Only a new section moves focus, not a re-render of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sectionId]);
  // Check my work takes the learner to the summary, as GOV.UK's does on submit.
  useEffect(() => {
    if (check?.scope === 'page') summary.current?.focus();
  }, [check]);

  // On the task list and the review page: the document's name is part of the document.
  const nameField = (
    <>
      <TextField label="Document name" hint={nameHint} value={documentName} maxLength={200} onChange={(e) => onRename(e.target.value)} className="field--wide" />
      {props.completion && <CompletionDateField {...props.completion} />}
    </>
  );
  const sectionPath = (id: string) => `${basePath}/${id}`;
  return (
    <div className="document-layout__main">
      <p className="breadcrumb">
        {breadcrumb} › {meta.title}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {view.kind === 'section' && (
          <span className="heading-caption">
            {meta.title}: section {view.index + 1} of {meta.sections.length}
          </span>
        )}
        {view.kind === 'section' ? view.section.title : view.kind === 'review' ? `${meta.title}: check your answers` : view.kind === 'evidence' ? `${meta.title}: supporting evidence` : meta.title}
      </h1>
      <ProgressBar
        met={met}
        total={total}
        taskListPath={basePath}
        isOnTaskList={view.kind === 'tasks'}
        exportLabel={props.exportLabel}
        onExport={props.onExport}
        exportMessage={props.exportMessage}
        onCheck={() => start('page')}
        onExportStart={() => start('all')}
        nameForExport={props.nameForExport}
      />
      {check && (
        <ErrorSummary
          ref={summary}
          fieldErrors={inPageOrder(fieldErrors)}
          checks={unmetChecks(checklist, shown, check.scope)}
          sectionPath={sectionPath}
          checkedWhat={check.scope === 'page' && shown ? 'this section' : 'your document'}
        />
      )}
      {view.kind === 'tasks' && (
        <>
          <p className="card__unit">
            Unit {(scope ?? meta).unit.code}: {(scope ?? meta).unit.title}
          </p>
          <details className="criteria">
            <summary>Assessment criteria this {scope ? 'document' : 'worksheet'} evidences</summary>
            <CriteriaList meta={scope ? { ...meta, ...scope } : meta} />
          </details>
          {nameField}
        </>
      )}
      {view.kind === 'missing' && (
        <p className="notice notice--warning" role="status">
          This worksheet has no section called “{sectionId}”. Choose one from the list below.
        </p>
      )}
      {view.kind === 'review' && (
        <>
          <p>Every section on one page. Check your answers, then export the PDF from the bar above.</p>
          {nameField}
        </>
      )}
      {notice}
      {(view.kind === 'tasks' || view.kind === 'missing') && <TaskList progress={progress} basePath={basePath} />}
      {(view.kind === 'tasks' || view.kind === 'missing') && props.supportingEvidence && (
        <p>
          <Link to={sectionPath(SUPPORTING_EVIDENCE_SECTION)}>Supporting evidence: attach a photo, a screenshot or an e-mail</Link>
        </p>
      )}
      {view.kind === 'evidence' && props.supportingEvidence?.(2)}
      <FieldErrorsProvider value={errorsContext}>
        <div ref={pageArea} className="worksheet-page">
          {/* A section's page folds finished items to a line, so it stays short; the review page shows every answer. */}
          <FoldChoicesFor documentId={documentId} foldsFinished={shown !== null}>
            <Page key={pageStart.revision} documentId={documentId} section={shown} initialData={pageStart.data} onChange={onChange} />
          </FoldChoicesFor>
        </div>
      </FieldErrorsProvider>
      {view.kind === 'review' && props.supportingEvidence?.(2)}
      {view.kind === 'section' && <SectionNav {...neighbours(meta.sections, view.section.id)} basePath={basePath} />}
    </div>
  );
}

/** The completion date: a date box showing the date set, or the last change's until one is set. */
function CompletionDateField({ setDate, lastChange, onChange }: NonNullable<DocumentMainProps['completion']>) {
  return (
    <TextField
      type="date"
      label="Date completed"
      hint={
        setDate
          ? 'Printed on your PDF and in your achievement log. Clear it to go back to the date of your last change.'
          : `Printed on your PDF and in your achievement log. Until you set it, it is the date of your last change (${formatDate(lastChange)}).`
      }
      value={setDate ?? lastChange}
      onChange={(event) => {
        const date = event.target.value;
        if (date === '') onChange(null);
        else if (isIsoDate(date)) onChange(date);
      }}
    />
  );
}
