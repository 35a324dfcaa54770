import { memo, startTransition, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { WorksheetMeta, WorksheetModel, WorksheetPageProps } from '../lib/worksheet-definition';
import type { ChecklistItem } from '../pdf/evidence-document';
import { summarise } from '../lib/completeness';
import { todayIso } from '../lib/dates';
import { backupFileName, buildBackup } from '../storage/backup';
import { downloadFile } from '../storage/download';
import { useDocuments } from '../storage/documents-store';
import { CompletenessChecklist } from '../ui/CompletenessChecklist';
import { TextField } from '../ui/fields';
import { CriteriaList } from '../ui/CriteriaList';
import { evidenceForWorksheet, isUnchangedExample, UNCHANGED_EXAMPLE_NOTICE } from '../pdf/evidence-for-worksheet';
import { SpreadsheetDownloads } from '../csv/SpreadsheetDownloads';
import { spreadsheetTablesOf } from '../csv/spreadsheet-table';
import { findWorksheet } from '../worksheets/registry';
import { ShareAsTemplate } from '../share/ShareAsTemplate';

type Loaded = {
  model: WorksheetModel<unknown>;
  Page: ComponentType<WorksheetPageProps<unknown>>;
  initialData: unknown;
};

type LoadState = { status: 'loading' } | { status: 'ready'; loaded: Loaded } | { status: 'failed'; reason: string };

/** One learner document: its name, checklist and export around the worksheet's own page. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const document = useDocuments((s) => s.documents.find((d) => d.id === documentId));
  const worksheet = document ? findWorksheet(document.worksheetId) : undefined;
  const [loadState, setLoadState] = useState<LoadState>({ status: 'loading' });
  const hasDocument = document !== undefined;

  useEffect(() => {
    if (!worksheet || !hasDocument) return;
    let isCancelled = false;
    setLoadState({ status: 'loading' });
    void Promise.all([worksheet.loadModel(), worksheet.loadPage()]).then(
      ([model, Page]) => {
        if (isCancelled) return;
        const stored = useDocuments.getState().documents.find((d) => d.id === documentId);
        if (!stored) return;
        const parsed = model.parse(stored.data, stored.schemaVersion);
        if (!parsed.ok) {
          useDocuments.getState().setAsideDocument(documentId, `It could not be opened. ${parsed.reason}`);
          setLoadState({ status: 'failed', reason: parsed.reason });
          return;
        }
        // A transition: React renders the long worksheet form in short slices, so the page stays
        // responsive while it opens instead of blocking for the whole render.
        startTransition(() => setLoadState({ status: 'ready', loaded: { model, Page, initialData: parsed.data } }));
      },
      () => {
        if (!isCancelled) {
          setLoadState({ status: 'failed', reason: 'The worksheet could not be loaded. Check your connection and reload the page.' });
        }
      },
    );
    return () => {
      isCancelled = true;
    };
    // Reload only when a different document is opened, never while the learner types.
  }, [documentId, worksheet, hasDocument]);

  if (loadState.status === 'failed') {
    return (
      <>
        <h1>This document could not be opened</h1>
        <p>{loadState.reason}</p>
        <p>
          It has been set aside, not deleted: you can download it from the notice above. <Link to="/">Back to your worksheets</Link>.
        </p>
      </>
    );
  }
  if (!document || !worksheet) {
    return (
      <>
        <h1>Document not found</h1>
        <p>
          There is no document at this address in this browser. <Link to="/">See your documents</Link>.
        </p>
      </>
    );
  }
  if (loadState.status === 'loading') {
    return (
      <p role="status" className="page-loading">
        Opening “{document.name}”…
      </p>
    );
  }
  return <DocumentEditor key={documentId} documentId={documentId} loaded={loadState.loaded} />;
}

function DocumentEditor({ documentId, loaded }: { documentId: string; loaded: Loaded }) {
  const { model, initialData } = loaded;
  // The page's props only change when another tab's edit remounts it, so it never re-renders
  // because this shell re-renders on each keystroke (the checklist, the save time).
  const Page = useMemo(() => memo(loaded.Page), [loaded.Page]);
  const document = useDocuments((s) => s.documents.find((d) => d.id === documentId));
  const learner = useDocuments((s) => s.learner);
  const renameDocument = useDocuments((s) => s.renameDocument);
  const updateDocumentData = useDocuments((s) => s.updateDocumentData);
  const worksheet = document ? findWorksheet(document.worksheetId) : undefined;
  // The data as last changed, with its completeness check worked out once per change.
  const [live, setLive] = useState(() => ({ data: initialData, checklist: model.completeness(initialData) }));
  // The data the worksheet page starts from, and a counter that remounts it when another tab changes this document.
  const [pageStart, setPageStart] = useState({ data: initialData, revision: 0 });
  const [otherTabNotice, setOtherTabNotice] = useState(false);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const lastSavedData = useRef(initialData);
  const onChangeRef = useRef((data: unknown) => {
    lastSavedData.current = data;
    const checklist = model.completeness(data);
    setLive({ data, checklist });
    updateDocumentData(documentId, data, summarise(checklist), model.schemaVersion);
  });

  // Another tab's save reaches this tab's store (see followOtherTabs); show it here, or this tab's
  // next keystroke would write its older copy back over it.
  useEffect(
    () =>
      useDocuments.subscribe((state) => {
        const stored = state.documents.find((d) => d.id === documentId);
        if (!stored || stored.data === lastSavedData.current) return;
        if (JSON.stringify(stored.data) === JSON.stringify(lastSavedData.current)) return;
        const parsed = model.parse(stored.data, stored.schemaVersion);
        if (!parsed.ok) return;
        lastSavedData.current = parsed.data;
        focusToRestore.current = focusedField();
        setLive({ data: parsed.data, checklist: model.completeness(parsed.data) });
        setPageStart((previous) => ({ data: parsed.data, revision: previous.revision + 1 }));
        setOtherTabNotice(true);
      }),
    [documentId, model],
  );
  // The remounted page gets back the field and caret the learner was in, so typing carries on.
  const focusToRestore = useRef<FocusedField | null>(null);
  useEffect(() => {
    if (focusToRestore.current) restoreFocus(focusToRestore.current);
    focusToRestore.current = null;
  }, [pageStart.revision]);

  if (!document || !worksheet) return null;
  const { meta } = worksheet;

  const exportPdf = async () => {
    setExportMessage('Building your PDF…');
    try {
      const [{ renderEvidencePdf }, { pdfFileName }] = await Promise.all([
        import('../pdf/render-pdf'),
        import('../pdf/file-name'),
      ]);
      const evidence = evidenceForWorksheet(meta, model, document.name, live.data, learner, todayIso());
      if (isUnchangedExample(document, model.createExample().name)) evidence.workedExampleNotice = UNCHANGED_EXAMPLE_NOTICE;
      const blob = await renderEvidencePdf(evidence);
      downloadFile(pdfFileName(learner.name, evidence.unit.code, meta.title, document.name), blob, 'application/pdf');
      setExportMessage(
        learner.name.trim()
          ? 'Your PDF has been downloaded.'
          : 'Your PDF has been downloaded. Your name is missing from it: add it under “My details” and export again.',
      );
    } catch {
      setExportMessage('The PDF could not be made. Your work is safe; please try again, or reload the page first.');
    }
  };

  return (
    <div className="document-layout">
      <DocumentMain
        meta={meta}
        breadcrumb={<Link to="/">Worksheets</Link>}
        documentId={documentId}
        documentName={document.name}
        nameHint="Only you see this name; it also names your PDF."
        onRename={(name) => renameDocument(documentId, name)}
        notice={
          otherTabNotice && (
            <p className="notice" role="status">
              This document was changed in another tab or window, so it now shows that version. Nothing has been lost: every
              change is saved as it is made.
            </p>
          )
        }
        Page={Page}
        pageStart={pageStart}
        onChange={onChangeRef.current}
      />
      <DocumentSide checklist={live.checklist} exportLabel="Export PDF for my portfolio" onExport={exportPdf} exportMessage={exportMessage}>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
              backupFileName(todayIso(), document.name),
              JSON.stringify(buildBackup([document], new Date().toISOString()), null, 2),
            )
          }
        >
          Back up this document
        </button>
        <SpreadsheetDownloads documentName={document.name} getTables={() => spreadsheetTablesOf(model, live.data)} />
        <ShareAsTemplate document={document} />
      </DocumentSide>
    </div>
  );
}

type DocumentSideProps = {
  checklist: ChecklistItem[];
  exportLabel: string;
  onExport(): Promise<void>;
  exportMessage: string | null;
  /** What else the export panel offers (backup, tables, sharing), after the PDF. */
  children?: ReactNode;
};

/** The side panel of a worksheet, a learner's or the class demo's: the assessor's checklist and the export panel. */
export function DocumentSide({ checklist, exportLabel, onExport, exportMessage, children }: DocumentSideProps) {
  return (
    <aside className="document-layout__side" aria-label="Progress and export">
      <CompletenessChecklist items={checklist} />
      <div className="panel export-panel">
        <h2>Export</h2>
        <button type="button" className="button button--primary" onClick={() => void onExport()}>
          {exportLabel}
        </button>
        {exportMessage && (
          <p role="status" className="export-panel__message">
            {exportMessage}
          </p>
        )}
        {children}
      </div>
    </aside>
  );
}

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

type FocusedField = { id: string; name: string; selectionStart: number | null; selectionEnd: number | null };

/**
 * The form field that has focus, by its id and name and caret position. Ids from React's useId
 * depend only on the field's place in the tree, so a remount of the same data gives the same ids.
 */
function focusedField(): FocusedField | null {
  const active = window.document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement)) return null;
  if (!active.id && !active.name) return null;
  const hasCaret = !(active instanceof HTMLSelectElement) && ['text', 'textarea', 'search', ''].includes(active.type);
  return {
    id: active.id,
    name: active.name,
    selectionStart: hasCaret ? (active as HTMLInputElement).selectionStart : null,
    selectionEnd: hasCaret ? (active as HTMLInputElement).selectionEnd : null,
  };
}

function restoreFocus({ id, name, selectionStart, selectionEnd }: FocusedField): void {
  const byId = id ? window.document.getElementById(id) : null;
  const field = (byId ?? (name ? window.document.querySelector(`[name="${CSS.escape(name)}"]`) : null)) as
    | HTMLInputElement
    | HTMLTextAreaElement
    | null;
  if (!field) return;
  field.focus();
  if (selectionStart !== null && 'setSelectionRange' in field) {
    const end = field.value.length;
    field.setSelectionRange(Math.min(selectionStart, end), Math.min(selectionEnd ?? selectionStart, end));
  }
}
