import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/dates';
import { newId } from '../lib/ids';
import { isWorkedExampleDocument } from '../lib/worked-example';
import { useDocuments, useStoreReadStatus } from '../storage/documents-store';
import type { StoredDocument } from '../storage/store-schema';
import { findCatalogueEntry } from '../worksheets/catalogue';

type Deleted = { document: StoredDocument; index: number };

/**
 * The learner's documents with their completeness, and duplicate / delete (with undo); or, apart
 * from them, the worked examples opened to look at, which are not the learner's work.
 */
export function DocumentList({ showing }: { showing: 'own' | 'examples' }) {
  const allDocuments = useDocuments((s) => s.documents);
  const isStoreRead = useStoreReadStatus((s) => s.isRead);
  const documents = allDocuments.filter((d) => isWorkedExampleDocument(d) === (showing === 'examples'));
  const duplicateDocument = useDocuments((s) => s.duplicateDocument);
  const deleteDocument = useDocuments((s) => s.deleteDocument);
  const restoreDocument = useDocuments((s) => s.restoreDocument);
  const [lastDeleted, setLastDeleted] = useState<Deleted | null>(null);
  const [copyProblem, setCopyProblem] = useState<string | null>(null);
  // A duplicate carries the original's attached files; if the browser has no room for them all, it says how many came.
  const duplicateWithAttachments = async (document: StoredDocument) => {
    const copyId = duplicateDocument(document.id);
    if (!copyId) return;
    const store = await import('../attachments/store');
    const outcome = await store.copyAttachments(document.id, copyId, newId).catch(() => ({ copied: 0, of: 0, problem: 'The attached files could not be read.' }));
    setCopyProblem(outcome.problem ? `The copy of “${document.name}” has ${outcome.copied} of its attached files. ${outcome.problem}` : null);
  };
  // A document's attached files go with it, after asking: Undo brings back the document, not its files.
  const deleteWithAttachments = async (document: StoredDocument) => {
    // Loaded on the press, so the home page's first load carries no IndexedDB code.
    const store = await import('../attachments/store');
    const count = await store.countAttachments(document.id).catch(() => 0);
    const files = count === 1 ? 'its attached file' : `its ${count} attached files`;
    if (count > 0 && !window.confirm(`Delete “${document.name}” and ${files}? Undo brings back the document but not ${count === 1 ? 'the file' : 'the files'}.`)) return;
    setLastDeleted(deleteDocument(document.id));
    if (count > 0) await store.deleteAttachmentsOf(document.id);
  };

  return (
    <>
      {lastDeleted && (
        <div className="notice notice--info" role="status">
          <p>
            Deleted “{lastDeleted.document.name}”.{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                restoreDocument(lastDeleted.document, lastDeleted.index);
                setLastDeleted(null);
              }}
            >
              Undo delete
            </button>
          </p>
        </div>
      )}
      {copyProblem && (
        <p className="notice notice--warning" role="status">
          {copyProblem}
        </p>
      )}
      {!isStoreRead ? (
        // Not "no documents": a returning learner's work is being read (the home page shows before it is).
        <p>Opening your saved work…</p>
      ) : documents.length === 0 ? (
        <p>
          {showing === 'own'
            ? 'You have no documents of your own yet. Start one from a worksheet below.'
            : 'No worked examples are open. Open one from a worksheet below to see what a finished one looks like.'}
        </p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => {
            const worksheet = findCatalogueEntry(document.worksheetId);
            const { met, total } = document.summary;
            const isComplete = total > 0 && met === total;
            return (
              <li key={document.id} className="document-list__item">
                <div>
                  <Link to={`/documents/${document.id}`} className="document-list__name">
                    {document.name || 'Untitled document'}
                  </Link>
                  <p className="document-list__meta">
                    {worksheet ? `${worksheet.title} · Unit ${worksheet.unit.code}` : document.worksheetId} ·
                    changed {formatDateTime(document.updatedAt)}
                  </p>
                  {showing === 'examples' && (
                    <p className="document-list__example">Worked example: not your evidence until you make it your own.</p>
                  )}
                </div>
                <p className={`progress${isComplete ? ' progress--complete' : ''}`}>
                  <span aria-hidden="true">{isComplete ? '✓ ' : ''}</span>
                  {met} of {total} checks met
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    onClick={() => void duplicateWithAttachments(document)}
                    aria-label={`Duplicate ${document.name}`}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={`Delete ${document.name}`}
                    onClick={() => void deleteWithAttachments(document)}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
