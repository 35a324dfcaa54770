import { lazy, memo, startTransition, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { Link, useParams } from 'wouter';
import type { EvidenceOptions, WorksheetDefinition, WorksheetModel, WorksheetPageProps } from '../lib/worksheet-definition';
import { requiredCount } from '../lib/checklist';
import { correctedSummary, exampleLikenessOf, summariseDocument } from '../lib/completeness';
import { sameContent } from '../lib/same-content';
import { noticeIfWorkedExample } from '../lib/worked-example';
import { todayIso } from '../lib/dates';
import { downloadFile } from '../storage/download';
import { useDocuments } from '../storage/documents-store';
import { completionDateOf } from '../storage/store-schema';
import { DocumentMain } from '../document/DocumentMain';
import { DocumentSide } from '../document/DocumentSide';
import { focusedField, restoreFocus, type FocusedField } from '../document/field-focus';
import { SpreadsheetDownloads } from '../csv/SpreadsheetDownloads';
import { spreadsheetTablesOf } from '../csv/spreadsheet-table';
import { loadWorksheet } from '../worksheets/load-worksheet';
import { ShareAsTemplate } from '../share/ShareAsTemplate';
import { criterionCode } from '../ui/CriteriaList';

// Supporting evidence (IndexedDB, its form) and the backup code load when they are used, not with every page.
const SupportingEvidence = lazy(async () => ({ default: (await import('../document/SupportingEvidence')).SupportingEvidence }));
const readAttachmentsOf = async (ids: string[]) => (await import('../attachments/store')).readAttachmentsOf(ids);

type Loaded = {
  worksheet: WorksheetDefinition;
  /** The page model: maybe without the worked example, which the editor loads after (loadModel). */
  model: WorksheetModel<unknown>;
  Page: ComponentType<WorksheetPageProps<unknown>>;
  initialData: unknown;
};

/**
 * A workbook's page, given the learner's worksheet documents it may offer as evidence (the hook reads
 * every interactive worksheet's meta, so it is loaded with a workbook, not with every section page).
 */
function withEvidenceOptions(
  Page: ComponentType<WorksheetPageProps<unknown>>,
  useEvidenceOptions: () => EvidenceOptions,
): ComponentType<WorksheetPageProps<unknown>> {
  return function PageWithEvidenceOptions(props: WorksheetPageProps<unknown>) {
    return <Page {...props} evidenceOptions={useEvidenceOptions()} />;
  };
}

type LoadState = { status: 'loading' } | { status: 'ready'; loaded: Loaded } | { status: 'unknown' } | { status: 'failed'; reason: string };

/** One learner document: its name, checklist and export around the worksheet's own page. */
export function DocumentPage() {
  const { documentId = '', sectionId } = useParams();
  const document = useDocuments((s) => s.documents.find((d) => d.id === documentId));
  const worksheetId = document?.worksheetId;
  const [loadState, setLoadState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    if (worksheetId === undefined) return;
    let isCancelled = false;
    setLoadState({ status: 'loading' });
    // Only this document's worksheet: its entry (meta), then its model and page together.
    const load = async (): Promise<LoadState> => {
      const worksheet = await loadWorksheet(worksheetId);
      if (!worksheet) return { status: 'unknown' };
      // A workbook is also given the learner's worksheet documents it may offer as evidence.
      const [model, Page, evidenceOptions] = await Promise.all([
        worksheet.loadPageModel(),
        worksheet.loadPage(),
        worksheet.meta.kind === 'workbook' ? import('./evidence-options') : undefined,
      ]);
      const stored = useDocuments.getState().documents.find((d) => d.id === documentId);
      if (!stored) return { status: 'loading' };
      const parsed = model.parse(stored.data, stored.schemaVersion);
      if (!parsed.ok) {
        useDocuments.getState().setAsideDocument(documentId, `It could not be opened. ${parsed.reason}`);
        return { status: 'failed', reason: parsed.reason };
      }
      const page = evidenceOptions ? withEvidenceOptions(Page, evidenceOptions.useEvidenceOptions) : Page;
      return { status: 'ready', loaded: { worksheet, model, Page: page, initialData: parsed.data } };
    };
    void load().then(
      (state) => {
        if (isCancelled) return;
        // A transition: React renders the long worksheet form in short slices, so the page stays
        // responsive while it opens instead of blocking for the whole render.
        if (state.status === 'ready') startTransition(() => setLoadState(state));
        else setLoadState(state);
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
  }, [documentId, worksheetId]);

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
  if (!document || loadState.status === 'unknown') {
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
  return <DocumentEditor key={documentId} documentId={documentId} sectionId={sectionId} loaded={loadState.loaded} />;
}

function DocumentEditor({ documentId, sectionId, loaded }: { documentId: string; sectionId: string | undefined; loaded: Loaded }) {
  const { worksheet, model, initialData } = loaded;
  // The page's props only change when another tab's edit remounts it, so it never re-renders
  // because this shell re-renders on each keystroke (the checklist, the save time).
  const Page = useMemo(() => memo(loaded.Page), [loaded.Page]);
  const document = useDocuments((s) => s.documents.find((d) => d.id === documentId));
  const setLearner = useDocuments((s) => s.setLearner);
  const learnerName = useDocuments((s) => s.learner.name);
  const renameDocument = useDocuments((s) => s.renameDocument);
  const setCompletionDate = useDocuments((s) => s.setCompletionDate);
  const updateDocumentData = useDocuments((s) => s.updateDocumentData);
  // The data as last changed, with its completeness check worked out once per change.
  const [live, setLive] = useState(() => ({ data: initialData, checklist: model.completeness(initialData) }));
  // The data the worksheet page starts from, and a counter that remounts it when another tab changes this document.
  const [pageStart, setPageStart] = useState({ data: initialData, revision: 0 });
  const [otherTabNotice, setOtherTabNotice] = useState(false);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  // The stored data this page last knew about: what it opened, what it saved, or another tab's.
  const lastKnownData = useRef<unknown>(useDocuments.getState().documents.find((d) => d.id === documentId)?.data);
  // The whole model, worked example included, once loaded after the page opened: until then a
  // summary counts nothing as still the example's, and the one saved meanwhile is corrected on arrival.
  const [wholeModel, setWholeModel] = useState<WorksheetModel<unknown> | null>(null);
  const wholeModelRef = useRef<WorksheetModel<unknown> | null>(null);
  const onChangeRef = useRef((data: unknown) => {
    lastKnownData.current = data;
    const checklist = model.completeness(data);
    setLive({ data, checklist });
    updateDocumentData(documentId, data, summariseDocument(wholeModelRef.current ?? model, data, checklist), model.schemaVersion);
  });
  useEffect(() => {
    let isCancelled = false;
    worksheet.loadModel().then(
      (whole) => {
        if (isCancelled) return;
        wholeModelRef.current = whole;
        setWholeModel(whole);
        const stored = useDocuments.getState().documents.find((d) => d.id === documentId);
        const parsed = stored ? whole.parse(stored.data, stored.schemaVersion) : undefined;
        const corrected = stored && parsed?.ok ? correctedSummary(whole, parsed.data, stored.summary) : null;
        if (corrected) useDocuments.getState().refreshSummary(documentId, corrected);
      },
      // Offline with the example's code not cached: summaries stay without it until the next opening.
      () => undefined,
    );
    return () => {
      isCancelled = true;
    };
  }, [worksheet, documentId]);

  // Another tab's save reaches this tab's store (see followOtherTabs); show it here, or this tab's
  // next keystroke would write its older copy back over it. A rename, or a save of the same content
  // written with its keys in another order, is not a change to show.
  const focusToRestore = useRef<FocusedField | null>(null);
  useEffect(
    () =>
      useDocuments.subscribe((state) => {
        const stored = state.documents.find((d) => d.id === documentId);
        if (!stored || stored.data === lastKnownData.current) return;
        const isSame = sameContent(stored.data, lastKnownData.current);
        lastKnownData.current = stored.data;
        if (isSame) return;
        const parsed = model.parse(stored.data, stored.schemaVersion);
        if (!parsed.ok) return;
        focusToRestore.current = focusedField();
        // At once, in this task: keys the learner presses meanwhile wait for it, then go to the
        // field restored below, not to a field that has just been taken away.
        flushSync(() => {
          setLive({ data: parsed.data, checklist: model.completeness(parsed.data) });
          setPageStart((previous) => ({ data: parsed.data, revision: previous.revision + 1 }));
          setOtherTabNotice(true);
        });
      }),
    [documentId, model],
  );
  // The remounted page gets back the field, the caret and the text the learner was typing.
  useLayoutEffect(() => {
    if (focusToRestore.current) restoreFocus(focusToRestore.current);
    focusToRestore.current = null;
  }, [pageStart.revision]);

  if (!document) return null;
  const { meta } = worksheet;
  const basePath = `/documents/${documentId}`;

  // Worked out from the answers as they are now: renaming the example does not make it the learner's.
  const workedExampleNoticeNow = () => noticeIfWorkedExample(exampleLikenessOf(wholeModel ?? model, live.data));

  const exportPdf = async () => {
    setExportMessage('Building your PDF…');
    // Read now, not from the last render: a name typed in the export prompt has just been saved.
    const { learner } = useDocuments.getState();
    try {
      const [{ renderEvidencePdf }, { pdfFileName }, { evidenceForWorksheet }, whole, exports] = await Promise.all([
        import('../pdf/render-pdf'),
        import('../pdf/file-name'),
        import('../pdf/evidence-for-worksheet'),
        // With its worked example, so a PDF of the example is marked as one.
        worksheet.loadModel(),
        worksheet.loadExports(),
      ]);
      const stored = useDocuments.getState().documents.find((d) => d.id === documentId) ?? document;
      const evidence = evidenceForWorksheet(meta, { ...whole, ...exports }, document.name, live.data, learner, todayIso(), { completedOn: completionDateOf(stored) });
      const blob = await renderEvidencePdf(evidence);
      downloadFile(pdfFileName(learner.name, evidence.unit.code, meta.title, document.name), blob, 'application/pdf');
      const { met, total } = requiredCount(live.checklist);
      const unmet = total - met;
      setExportMessage(
        [
          'Your PDF has been downloaded.',
          learner.name.trim() ? '' : 'Your name is missing from it: add it under “My details” and export again.',
          unmet > 0 ? `${unmet} ${unmet === 1 ? 'check is' : 'checks are'} not yet met: see the list below.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch {
      setExportMessage('The PDF could not be made. Your work is safe; please try again, or reload the page first.');
    }
  };

  return (
    <div className="document-layout">
      <DocumentMain
        meta={meta}
        scope={model.evidenceScope?.(live.data) ?? null}
        breadcrumb={<Link to="/">Worksheets</Link>}
        documentId={documentId}
        basePath={basePath}
        sectionId={sectionId}
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
        checklist={live.checklist}
        exportLabel="Export PDF for my portfolio"
        onExport={exportPdf}
        exportMessage={exportMessage}
        completion={{
          setDate: document.completedOn,
          lastChange: completionDateOf({ updatedAt: document.updatedAt }),
          onChange: (date) => setCompletionDate(documentId, date),
        }}
        supportingEvidence={(headingLevel) => {
          // The AC the document claims now (a worksheet serving several units: its chosen unit's).
          const scope = model.evidenceScope?.(live.data) ?? meta;
          const criteria = scope.criteria.map((c) => ({ code: c.code, label: `${criterionCode(scope.unit.code, c.code)} ${c.text}` }));
          return (
            <Suspense fallback={<p>Loading your supporting evidence…</p>}>
              <SupportingEvidence documentId={documentId} criteria={criteria} headingLevel={headingLevel} />
            </Suspense>
          );
        }}
        nameForExport={{
          isMissing: !learnerName.trim(),
          save: (name) => setLearner({ ...useDocuments.getState().learner, name }),
        }}
      />
      <DocumentSide checklist={live.checklist} sectionPath={(id) => `${basePath}/${id}`} sections={meta.sections} sectionId={sectionId} taskListPath={basePath}>
        <button
          type="button"
          className="button"
          onClick={() =>
            // With the document's supporting evidence, read from this browser's attachments store.
            void Promise.all([import('../storage/backup'), readAttachmentsOf([documentId]).catch(() => [])]).then(([{ backupFileName, buildBackup }, attachments]) =>
              downloadFile(backupFileName(todayIso(), document.name), JSON.stringify(buildBackup([document], new Date().toISOString(), undefined, undefined, attachments), null, 2)),
            )
          }
        >
          Back up this document
        </button>
        <SpreadsheetDownloads
          documentName={document.name}
          getTables={async () => spreadsheetTablesOf(await worksheet.loadExports(), live.data)}
          getWorkedExampleNotice={workedExampleNoticeNow}
        />
        <ShareAsTemplate document={document} />
      </DocumentSide>
    </div>
  );
}
