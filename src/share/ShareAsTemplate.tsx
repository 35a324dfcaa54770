import { useId, useState } from 'react';
import { todayIso } from '../lib/dates';
import { downloadFile } from '../storage/download';
import { useDocuments } from '../storage/documents-store';
import type { StoredDocument } from '../storage/store-schema';
import { TextField } from '../ui/fields';
import { isWorkedExampleDocument } from '../lib/worked-example';
import './share.css';

// The link and file code (and the attachments store, with IndexedDB) loads on the first press, not with every worksheet page.
const loadShareLink = () => import('./share-link');
const loadShareFile = () => import('./share-file');
const loadAttachmentsStore = () => import('../attachments/store');

type Shared = { url: string | null; message: string; isProblem: boolean; madeFrom: { data: unknown; name: string } };

/**
 * "Share as a template" in a document's export panel: a link that carries the document inside it,
 * or a file, for a tutor handing out a starting point or a learner passing one on. The document
 * goes as it is (worksheet data holds no learner details: those are kept apart and never travel).
 */
export function ShareAsTemplate({ document }: { document: StoredDocument }) {
  const headingId = useId();
  const [made, setShared] = useState<Shared | null>(null);
  // A link shown is always the document as it is now: any change withdraws it, to be made again.
  // Worked out here, not reset in an effect: an effect would add a render to every keystroke, and
  // a fast typist on a slow machine then outruns React (it gives up after ~50 nested updates).
  const shared = made && made.madeFrom.data === document.data && made.madeFrom.name === document.name ? made : null;

  // The document as saved this moment: a worksheet that saves after a pause in typing saves when
  // its field loses focus, which pressing the button has just done.
  const latest = () => useDocuments.getState().documents.find((d) => d.id === document.id) ?? document;

  const copyLink = async () => {
    const { buildShareLink } = await loadShareLink();
    const current = latest();
    const madeFrom = { data: current.data, name: current.name };
    const link = await buildShareLink(current, window.location.origin);
    if (!link.ok) {
      setShared({ url: null, message: link.reason, isProblem: true, madeFrom });
      return;
    }
    let message = 'Link copied. Paste it into an email or a message; opening it adds a copy of this document.';
    try {
      await navigator.clipboard.writeText(link.url);
    } catch {
      message = 'The browser did not let the toolkit copy the link: select the link below and copy it yourself.';
    }
    setShared({ url: link.url, message, isProblem: false, madeFrom });
  };

  const downloadAsFile = async () => {
    const [{ shareFileName, shareFileText }, { OPEN_SHARED_PATH }, { readAttachmentsOf }] = await Promise.all([loadShareFile(), loadShareLink(), loadAttachmentsStore()]);
    const current = latest();
    const isExample = isWorkedExampleDocument(current);
    // A share file carries the document's attached files (a link cannot: it would be far too long).
    const attachments = await readAttachmentsOf([current.id]).catch(() => []);
    downloadFile(shareFileName(todayIso(), current.name, isExample), shareFileText(current, new Date().toISOString(), attachments));
    setShared({
      url: null,
      message: `The file has been downloaded. Send it on; it opens at ${window.location.origin}${OPEN_SHARED_PATH}, or on the Back up and restore page.`,
      isProblem: false,
      madeFrom: { data: current.data, name: current.name },
    });
  };

  return (
    <section className="share-template" aria-labelledby={headingId}>
      <h3 id={headingId}>Share as a template</h3>
      <p className="share-template__hint">
        Everything in this document goes with it, so share what you would hand out on paper. Your details never go. A link
        carries the document inside itself, after the #, which browsers never send to any server.
      </p>
      {isWorkedExampleDocument(document) && (
        <p className="share-template__hint">
          This is still the worked example: whoever opens it gets the worked example, and its PDF says so on every page.
        </p>
      )}
      <button type="button" className="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <button type="button" className="button" onClick={() => void downloadAsFile()}>
        Download as a file
      </button>
      {shared && (
        <p role="status" className={shared.isProblem ? 'share-template__problem' : undefined}>
          {shared.isProblem && <span aria-hidden="true">⚠ </span>}
          {shared.message}
        </p>
      )}
      {shared?.url && (
        <TextField
          label="Link to this template"
          readOnly
          value={shared.url}
          onFocus={(event) => event.target.select()}
          className="share-template__link"
        />
      )}
    </section>
  );
}
