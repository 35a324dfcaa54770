import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { findWorksheet } from '../worksheets/registry';
import { loadExportingModel, type WorksheetDefinition, type WorksheetMeta } from '../lib/worksheet-definition';
import { todayIso } from '../lib/dates';
import { startOneTaskEach } from '../lib/one-task-each';
import { downloadFile } from '../storage/download';
import { useDocuments } from '../storage/documents-store';
import type { StoredDocument } from '../storage/store-schema';
import { isWorkedExampleDocument } from '../lib/worked-example';
import { listInWords, missingLearnerDetails } from './pack';
import { buildPortfolioPack, isComplete, unitOfStoredDocument, type ListedWorksheet, type Worksheet } from './pack-documents';
import { packFileName } from './pack-file-name';
import './portfolio.css';

// The attachments store (IndexedDB) loads when it is needed, not with the page.
const readAttachmentsOf = async (ids: string[]) => (await import('../attachments/store')).readAttachmentsOf(ids);

type Message = { kind: 'info' | 'success' | 'error'; text: string; details?: string[] };

/**
 * Something loaded for each worksheet these documents belong to, with its meta, keyed by worksheet
 * id. Each worksheet's load starts in a task of its own: started together, a pack of every worked
 * example kept the page from answering a click for over half a second (one-task-each.ts).
 */
async function loadForWorksheets<M>(documents: StoredDocument[], load: (definition: WorksheetDefinition) => Promise<M>): Promise<Map<string, { meta: WorksheetMeta; model: M }>> {
  const ids = [...new Set(documents.map((d) => d.worksheetId))];
  const loaded = await startOneTaskEach(ids, async (id) => {
    const definition = findWorksheet(id);
    return definition ? ([id, { meta: definition.meta, model: await load(definition) }] as const) : null;
  });
  return new Map(loaded.filter((entry) => entry !== null));
}

/** What the list needs: each worksheet's model without its worked example or exports. */
const loadPageModels = (documents: StoredDocument[]) => loadForWorksheets(documents, (definition) => definition.loadPageModel());

/** What the pack needs: each worksheet's model with its exports, loaded when the pack is built. */
const loadWorksheets = (documents: StoredDocument[]): Promise<Map<string, Worksheet>> => loadForWorksheets(documents, loadExportingModel);

/** Chooses documents for one PDF with a cover, an evidence index and the declarations. */
export function PortfolioPage() {
  const documents = useDocuments((s) => s.documents);
  const learner = useDocuments((s) => s.learner);
  const [chosenIds, setChosenIds] = useState<ReadonlySet<string>>(new Set());
  const [worksheets, setWorksheets] = useState<Map<string, ListedWorksheet> | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [isBuilding, setIsBuilding] = useState(false);
  const listId = useId();

  // The worksheet models tell a SMART document's chosen unit. Only the light page models: the
  // examples and export code of every worksheet listed would cost an old laptop a long pause here.
  useEffect(() => {
    let isCancelled = false;
    loadPageModels(documents).then(
      (loaded) => !isCancelled && setWorksheets(loaded),
      () => undefined, // The list still shows each worksheet's own unit; building says if loading fails.
    );
    return () => {
      isCancelled = true;
    };
  }, [documents]);

  const chosen = useMemo(() => documents.filter((d) => chosenIds.has(d.id)), [documents, chosenIds]);
  const incomplete = chosen.filter((d) => !isComplete(d));
  const chosenExamples = chosen.filter(isWorkedExampleDocument);
  const missingDetails = missingLearnerDetails(learner);

  // Worked out once per change of the documents or the models, not on every tick of a checkbox.
  const unitById = useMemo(
    () =>
      new Map(
        documents.map((document) => {
          const worksheet = worksheets?.get(document.worksheetId);
          return [document.id, worksheet ? unitOfStoredDocument(document, worksheet) : findWorksheet(document.worksheetId)?.meta.unit];
        }),
      ),
    [documents, worksheets],
  );
  const unitOf = (document: StoredDocument) => unitById.get(document.id);

  const toggle = (id: string, isChosen: boolean) => {
    setChosenIds((previous) => {
      const next = new Set(previous);
      if (isChosen) next.add(id);
      else next.delete(id);
      return next;
    });
    setMessage(null);
  };

  const choose = (ids: string[]) => {
    setChosenIds(new Set(ids));
    setMessage(null);
  };

  const buildPack = async () => {
    // Not a disabled button: that would drop a keyboard user's focus while the pack is built.
    if (isBuilding) return;
    if (chosen.length === 0) {
      setMessage({ kind: 'error', text: 'Choose at least one document to put in the pack: tick it in the list above.' });
      return;
    }
    setIsBuilding(true);
    setMessage({ kind: 'info', text: 'Building your portfolio pack…' });
    try {
      const [{ renderPortfolioPdf }, loaded] = await Promise.all([import('./render-pack'), loadWorksheets(chosen)]);
      const date = todayIso();
      const { pack, problems } = buildPortfolioPack(chosen, (id) => loaded.get(id), learner, date, useDocuments.getState().unitStatuses);
      if (pack.documents.length === 0) {
        setMessage({ kind: 'error', text: 'No pack was made: none of the chosen documents could be read.', details: problems });
        return;
      }
      // Each chosen document's supporting evidence, from this browser's attachments store.
      const documentIds = pack.logs?.documentIds ?? [];
      const attachments = (await readAttachmentsOf(documentIds).catch(() => [])).map((attachment) => ({ ...attachment, documentIndex: documentIds.indexOf(attachment.meta.documentId) }));
      const { blob, layout } = await renderPortfolioPdf(pack, attachments);
      downloadFile(packFileName(learner.name, date), blob, 'application/pdf');
      const count = pack.documents.length;
      const nameNote = learner.name.trim() ? '' : ' Your name is missing from it: add it under “My details” and build it again.';
      setMessage({
        kind: 'success',
        text: `Your portfolio pack has been downloaded: ${count} document${count === 1 ? '' : 's'}, ${layout.totalPages} pages.${nameNote}`,
        details: problems,
      });
    } catch {
      setMessage({ kind: 'error', text: 'The pack could not be made. Your work is safe; please try again, or reload the page first.' });
    } finally {
      setIsBuilding(false);
    }
  };

  return (
    <>
      <h1>Portfolio pack</h1>
      <p className="lead">
        Put several documents into one PDF for your portfolio: a cover page with your details and the contents, an
        evidence index that gives the page where the evidence for each assessment criterion is (the location your
        achievement log asks for), each document as it exports on its own, and the learner and assessor declarations.
      </p>

      {documents.length === 0 ? (
        <p>
          You have no documents yet. <Link to="/">Start one from a worksheet</Link>, then come back to make your pack.
        </p>
      ) : (
        <form className="panel portfolio-form" onSubmit={(event) => event.preventDefault()} noValidate>
          <fieldset className="portfolio-choices" aria-describedby={`${listId}-hint`}>
            <legend>Documents to include</legend>
            <p className="field__hint" id={`${listId}-hint`}>
              They go into the pack in this order. Each shows its unit and how many of its checks are met.
            </p>
            <ul>
              {documents.map((document) => {
                const worksheet = findWorksheet(document.worksheetId);
                const unit = unitOf(document);
                const { met, total } = document.summary;
                const complete = isComplete(document);
                const inputId = `${listId}-${document.id}`;
                return (
                  <li key={document.id}>
                    <input
                      type="checkbox"
                      id={inputId}
                      checked={chosenIds.has(document.id)}
                      onChange={(event) => toggle(document.id, event.target.checked)}
                    />
                    <label htmlFor={inputId}>
                      <span className="portfolio-choices__name">{document.name || 'Untitled document'}</span>
                      <span className="portfolio-choices__about">
                        {worksheet?.meta.title ?? document.worksheetId}
                        {unit ? ` · Unit ${unit.code}` : ''} ·{' '}
                        <span className={complete ? 'progress--complete' : undefined}>
                          {complete ? '✓ Complete: ' : 'Not complete: '}
                          {met} of {total} checks met
                        </span>
                        {isWorkedExampleDocument(document) && <strong> · Worked example: not your evidence</strong>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <div className="button-row">
            <button type="button" className="button" onClick={() => choose(documents.map((d) => d.id))}>
              Choose all
            </button>
            <button type="button" className="button" onClick={() => choose([])}>
              Clear the choices
            </button>
          </div>

          {missingDetails.length > 0 && (
            <div className="notice notice--warning">
              <p>
                <strong>Your details are not all there.</strong> The cover will say “Not given” for{' '}
                {listInWords(missingDetails)}. <Link to="/my-details">Add them under My details</Link>.
              </p>
            </div>
          )}
          {chosenExamples.length > 0 && (
            <div className="notice notice--warning">
              <p>
                <strong>
                  {chosenExamples.length === 1 ? 'One chosen document is' : `${chosenExamples.length} chosen documents are`} still the
                  toolkit’s worked example.
                </strong>{' '}
                It is not your evidence: in the pack it is marked on every page, and the evidence index maps no assessment
                criterion to it. Make it your own first, or untick it.
              </p>
              <ul>
                {chosenExamples.map((d) => (
                  <li key={d.id}>
                    “{d.name || 'Untitled document'}”: {d.summary.workedExample?.unchanged} of {d.summary.workedExample?.total} of the
                    example’s answers unchanged. <Link to={`/documents/${d.id}`}>Open it</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {incomplete.length > 0 && (
            <div className="notice notice--warning">
              <p>
                <strong>
                  {incomplete.length === 1 ? 'One chosen document is' : `${incomplete.length} chosen documents are`} not complete
                  yet.
                </strong>{' '}
                You can still build the pack: each document’s completeness check in the PDF shows what is missing.
              </p>
              <ul>
                {incomplete.map((d) => (
                  <li key={d.id}>
                    “{d.name || 'Untitled document'}”: {d.summary.met} of {d.summary.total} checks met.{' '}
                    <Link to={`/documents/${d.id}`}>Open it</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}

          <p className="portfolio-form__count" id={`${listId}-count`}>
            {chosen.length === 0 ? 'No documents chosen yet.' : `${chosen.length} of ${documents.length} documents chosen.`}
          </p>
          <button type="button" className="button button--primary" aria-describedby={`${listId}-count`} onClick={() => void buildPack()}>
            Build and download the portfolio pack
          </button>
        </form>
      )}

      <div role="status" className="portfolio-message">
        {message && (
          <div className={`notice notice--${message.kind}`}>
            <p>{message.text}</p>
            {message.details && message.details.length > 0 && (
              <ul>
                {message.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </>
  );
}
