import { memo, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { Link, useParams } from 'wouter';
import { hasWorkedExample, type WorksheetDefinition, type WorksheetMeta, type WorksheetModel, type WorksheetPageProps } from '../lib/worksheet-definition';
import { todayIso } from '../lib/dates';
import { downloadFile } from '../storage/download';
import { DocumentMain } from '../document/DocumentMain';
import { DocumentSide } from '../document/DocumentSide';
import { findWorksheet } from '../worksheets/registry';
import { DEMO_LEARNER, demoDocumentFor, demoEvidence } from './demo-state';
import { DEMO_HOME } from './demo-paths';
import { useDemo } from './demo-store';

type Loaded = {
  model: WorksheetModel<unknown>;
  Page: ComponentType<WorksheetPageProps<unknown>>;
  /** What only the PDF needs, loaded when it is asked for. */
  loadExports: WorksheetDefinition['loadExports'];
};
type LoadState = { status: 'loading' } | { status: 'ready'; loaded: Loaded } | { status: 'failed' };

/** One worked example in the class demo, on the same worksheet page a learner uses, kept in the demo's own store. */
export function DemoDocumentPage() {
  const { worksheetId = '', sectionId } = useParams();
  // A workbook with no worked example has nothing to show in the demo.
  const found = findWorksheet(worksheetId);
  const worksheet = found && hasWorkedExample(found.meta) ? found : undefined;
  // A reset or its undo changes the revision: the open example then starts again from its new data.
  const revision = useDemo((s) => s.revision);
  const [loadState, setLoadState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    if (!worksheet) return;
    let isCancelled = false;
    setLoadState({ status: 'loading' });
    void Promise.all([worksheet.loadModel(), worksheet.loadPage()]).then(
      ([model, Page]) => {
        if (!isCancelled) setLoadState({ status: 'ready', loaded: { model, Page, loadExports: worksheet.loadExports } });
      },
      () => {
        if (!isCancelled) setLoadState({ status: 'failed' });
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [worksheet]);

  if (!worksheet) {
    return (
      <>
        <h1>Worked example not found</h1>
        <p>
          There is no worksheet at this address. <Link to={DEMO_HOME}>See all the worked examples</Link>.
        </p>
      </>
    );
  }
  if (loadState.status === 'failed') {
    return (
      <>
        <h1>This worked example could not be loaded</h1>
        <p>
          Check the connection and reload the page, or <Link to={DEMO_HOME}>choose another worked example</Link>.
        </p>
      </>
    );
  }
  if (loadState.status === 'loading') return (
    <p role="status" className="page-loading">
      Opening the worked example…
    </p>
  );
  return <DemoEditor key={`${worksheet.meta.id}-${revision}`} meta={worksheet.meta} sectionId={sectionId} loaded={loadState.loaded} revision={revision} />;
}

function DemoEditor({ meta, sectionId, loaded, revision }: { meta: WorksheetMeta; sectionId: string | undefined; loaded: Loaded; revision: number }) {
  const { model } = loaded;
  const Page = useMemo(() => memo(loaded.Page), [loaded.Page]);
  const saveEdit = useDemo((s) => s.saveEdit);
  const [start] = useState(() => demoDocumentFor(model, useDemo.getState().edits[meta.id]));
  const [pageStart] = useState(() => ({ data: start.data, revision: 0 }));
  const [name, setName] = useState(start.name);
  const [live, setLive] = useState(() => ({ data: start.data, checklist: model.completeness(start.data) }));
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const current = useRef({ name: start.name, data: start.data });

  const saveRef = useRef(() => {
    // A page closing after a reset must not write the example it showed back over the reset.
    if (useDemo.getState().revision !== revision) return;
    saveEdit(meta.id, { name: current.current.name, data: current.current.data, schemaVersion: model.schemaVersion });
  });
  const onChangeRef = useRef((data: unknown) => {
    current.current.data = data;
    setLive({ data, checklist: model.completeness(data) });
    saveRef.current();
  });
  const rename = (newName: string) => {
    current.current.name = newName;
    setName(newName);
    saveRef.current();
  };

  const exportPdf = async () => {
    setExportMessage('Building the PDF…');
    try {
      const [{ renderEvidencePdf }, { pdfFileName }, exports] = await Promise.all([import('../pdf/render-pdf'), import('../pdf/file-name'), loaded.loadExports()]);
      const evidence = demoEvidence(meta, { ...model, ...exports }, name, live.data, todayIso());
      const blob = await renderEvidencePdf(evidence);
      downloadFile(pdfFileName(DEMO_LEARNER.name, evidence.unit.code, meta.title, name), blob, 'application/pdf');
      setExportMessage(
        `The PDF has been downloaded. It names “${DEMO_LEARNER.name}” and says on every page that it is a worked example, not a learner’s evidence.`,
      );
    } catch {
      setExportMessage('The PDF could not be made. Please try again, or reload the page first.');
    }
  };

  return (
    <div className="document-layout">
      <DocumentMain
        meta={meta}
        scope={model.evidenceScope?.(live.data) ?? null}
        breadcrumb={<Link to={DEMO_HOME}>Class demo</Link>}
        documentId={`demo-${meta.id}`}
        basePath={`${DEMO_HOME}/${meta.id}`}
        sectionId={sectionId}
        documentName={name}
        nameHint="The worked example’s name in this demo; it also names the PDF."
        onRename={rename}
        notice={
          start.problem && (
            <p className="notice notice--warning" role="status">
              {start.problem}
            </p>
          )
        }
        Page={Page}
        pageStart={pageStart}
        onChange={onChangeRef.current}
        checklist={live.checklist}
        exportLabel="Export PDF of this worked example"
        onExport={exportPdf}
        exportMessage={exportMessage}
      />
      <DocumentSide
        checklist={live.checklist}
        sectionPath={(id) => `${DEMO_HOME}/${meta.id}/${id}`}
        sections={meta.sections}
        sectionId={sectionId}
        taskListPath={`${DEMO_HOME}/${meta.id}`}
      />
    </div>
  );
}
