import { useEffect, useState, type ChangeEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useLocationProperty } from 'wouter/use-browser-location';
import { MAX_BACKUP_FILE_BYTES } from '../storage/backup';
import { newId } from '../lib/ids';
import { useDocuments } from '../storage/documents-store';
import { findWorksheet } from '../worksheets/registry';
import { decodeShareFragment } from './share-link';
import { readShareFile } from './share-file';
import type { SharedTemplate } from './shared-document';
import './share.css';

type Arrival =
  | { status: 'waiting' }
  | { status: 'checking' }
  | { status: 'ready'; template: SharedTemplate }
  | { status: 'refused'; reason: string }
  /** Added, but some of its attached files could not be kept: the learner is told, and offered the document. */
  | { status: 'added-in-part'; id: string; problem: string };

// The #part of the address, read as it changes (a second link pasted into this tab changes only it).
const currentHash = () => window.location.hash;

/**
 * Opens a worksheet shared as a link (the document is in the part after #) or as a file: shows
 * what it is, and adds it as a new document only when the learner says so. Never overwrites.
 */
export function OpenSharedPage() {
  const hash = useLocationProperty(currentHash);
  const [, navigate] = useLocation();
  const createDocument = useDocuments((s) => s.createDocument);
  const [arrival, setArrival] = useState<Arrival>({ status: hash ? 'checking' : 'waiting' });

  useEffect(() => {
    if (!hash) return;
    let isCancelled = false;
    setArrival({ status: 'checking' });
    decodeShareFragment(hash, findWorksheet).then(
      (result) => {
        if (!isCancelled) setArrival(result.ok ? { status: 'ready', template: result.template } : { status: 'refused', reason: result.reason });
      },
      () => {
        if (!isCancelled) setArrival({ status: 'refused', reason: 'The worksheet could not be loaded. Check your connection and reload the page.' });
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [hash]);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_FILE_BYTES) {
      setArrival({ status: 'refused', reason: `“${file.name}” is too large to be a shared worksheet (over ${Math.floor(MAX_BACKUP_FILE_BYTES / 1024 / 1024)} MB).` });
      return;
    }
    setArrival({ status: 'checking' });
    try {
      const result = await readShareFile(await file.text(), findWorksheet);
      setArrival(result.ok ? { status: 'ready', template: result.template } : { status: 'refused', reason: result.reason });
    } catch {
      setArrival({ status: 'refused', reason: `“${file.name}” could not be read.` });
    }
  };

  const addToMyWorksheets = async (template: SharedTemplate) => {
    const attachments = template.attachments ?? [];
    const store = attachments.length ? await import('../attachments/store') : null;
    // As with a backup: a worksheet whose attached files the browser has no room for is not added at all.
    if (store && !(await store.hasRoomForAll(attachments))) {
      setArrival({ status: 'refused', reason: store.storageFullFor('the shared worksheet was not added') });
      return;
    }
    // Always a new document with a new id, so opening the same link twice gives two copies.
    const id = createDocument(template.document);
    // Its attached files, under new ids.
    const { saved, problem } = store ? await store.saveArrivingAttachments(attachments, () => id, newId) : { saved: 0, problem: null };
    if (problem !== null) {
      setArrival({ status: 'added-in-part', id, problem: `${attachments.length - saved} of its ${attachments.length} attached files could not be added. ${problem}` });
      return;
    }
    navigate(`/documents/${id}`);
  };

  return (
    <>
      <h1>Open a shared worksheet</h1>
      <p className="lead">
        A tutor or another learner can share a worksheet as a link or a file. It is added to your worksheets as a new
        document: nothing you already have is changed.
      </p>

      {arrival.status === 'checking' && <p role="status">Checking the shared worksheet…</p>}
      {arrival.status === 'ready' && <WhatArrived template={arrival.template} onAdd={() => void addToMyWorksheets(arrival.template)} />}
      {arrival.status === 'added-in-part' && (
        <div className="notice notice--warning" role="alert">
          <p>
            <strong>The worksheet was added to your worksheets, but not all of its attached files. </strong>
            {arrival.problem}
          </p>
          <p>
            <Link to={`/documents/${arrival.id}`}>Open the worksheet</Link>
          </p>
        </div>
      )}
      {arrival.status === 'refused' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>This shared worksheet could not be opened. </strong>
            {arrival.reason}
          </p>
          <p>Nothing was added, and your work is unchanged.</p>
        </div>
      )}

      <section aria-labelledby="shared-file-heading" className="panel">
        <h2 id="shared-file-heading">Open a shared file</h2>
        <p>A worksheet sent as a file, or a backup of one document. It is checked before anything is added.</p>
        <div className="field">
          <label htmlFor="shared-file">Choose a shared worksheet file (.json)</label>
          <input id="shared-file" type="file" accept="application/json,.json" onChange={(e) => void onFileChosen(e)} />
        </div>
      </section>

      <p>
        A shared link carries the worksheet inside itself, in the part after the # sign. Browsers never send that part to
        any server, so the worksheet goes straight from the link into this browser. <Link to="/">Back to your worksheets</Link>.
      </p>
    </>
  );
}

function WhatArrived({ template, onAdd }: { template: SharedTemplate; onAdd(): void }) {
  const { document, unit } = template;
  const worksheet = findWorksheet(document.worksheetId);
  const { met, total } = document.summary;
  const isComplete = total > 0 && met === total;
  return (
    <section aria-labelledby="arrived-heading" className="panel">
      <h2 id="arrived-heading">What was shared with you</h2>
      <dl className="shared-summary">
        <dt>Worksheet</dt>
        <dd>{worksheet?.meta.title ?? document.worksheetId}</dd>
        <dt>Document</dt>
        <dd>{document.name}</dd>
        <dt>Unit</dt>
        <dd>
          {unit.code}: {unit.title}
        </dd>
        <dt>How complete</dt>
        <dd>
          <span aria-hidden="true">{isComplete ? '✓ ' : ''}</span>
          {met} of {total} checks met
        </dd>
      </dl>
      <button type="button" className="button button--primary" onClick={onAdd}>
        Add to my worksheets
      </button>
    </section>
  );
}
