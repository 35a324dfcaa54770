import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { checkAttachmentForm, checkFile, inShowingOrder, newAttachmentMeta, type AttachmentField, type AttachmentForm, type AttachmentMeta, type ChosenFile, type FieldProblem } from '../attachments/attachment';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_DOCUMENT, MAX_CAPTION_LENGTH, MAX_TEXT_ATTACHMENT_BYTES, sizeInWords } from '../attachments/limits';
import { deleteAttachment, listAttachments, readAttachmentBytes, saveAttachment } from '../attachments/store';
import { formatDate, todayIso } from '../lib/dates';
import { FieldFrame } from '../ui/fields';
import { newId } from '../lib/ids';
import './supporting-evidence.css';

/** One AC the document claims, as the attachment stores it and as the learner reads it. */
export type CriterionOption = { code: string; label: string };

const FIELD_IDS = {
  file: 'attachment-file',
  caption: 'attachment-caption',
  date: 'attachment-date',
  criterionCode: 'attachment-criterion',
} as const satisfies Record<AttachmentField, string>;

const ACCEPT = '.png,.jpg,.jpeg,.pdf,.txt,image/png,image/jpeg,application/pdf,text/plain';
const FILE_HINT = `A PNG or JPEG image, a PDF, or a plain text document (.txt). Up to ${sizeInWords(MAX_ATTACHMENT_BYTES)} a file (a text document up to ${sizeInWords(MAX_TEXT_ATTACHMENT_BYTES)}).`;

/** The document's attachments, read again after each change. */
function useAttachmentList(documentId: string) {
  const [metas, setMetas] = useState<AttachmentMeta[] | null>(null);
  const [loadProblem, setLoadProblem] = useState(false);
  const reload = useCallback(() => {
    listAttachments(documentId).then(
      (list) => setMetas(inShowingOrder(list)),
      () => setLoadProblem(true),
    );
  }, [documentId]);
  useEffect(reload, [reload]);
  return { metas, loadProblem, reload };
}

/**
 * Supporting evidence for one document: files (a photo of a whiteboard, a CRM screenshot, a
 * manager's e-mail) with a caption, a date and optionally the AC they support. GOV.UK's file upload
 * pattern: a visible label, a hint with the types and the limit, a message at the field and an error
 * summary linking to it. The files stay in this browser (IndexedDB) and go into the portfolio pack.
 */
export function SupportingEvidence({ documentId, criteria, headingLevel = 2 }: { documentId: string; criteria: readonly CriterionOption[]; headingLevel?: 1 | 2 }) {
  const { metas, loadProblem, reload } = useAttachmentList(documentId);
  const { register, handleSubmit, reset } = useForm<AttachmentForm>({ defaultValues: { caption: '', date: todayIso(), criterionCode: '' } });
  const [file, setFile] = useState<ChosenFile | null>(null);
  // Why the chosen file was refused, kept until another is chosen (a file too big is never read in).
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const showProblems = (found: FieldProblem[]) => {
    setProblems(found);
    // GOV.UK: the summary takes focus, so a screen reader hears what to fix.
    if (found.length > 0) requestAnimationFrame(() => summary.current?.focus());
  };

  const chooseFile = async (chosen: File | undefined) => {
    setMessage(null);
    setFileProblem(null);
    if (!chosen) return setFile(null);
    // Too big to read at all: refused from its size, without reading it into memory.
    const picked = chosen.size > MAX_ATTACHMENT_BYTES ? null : { name: chosen.name, statedType: chosen.type, bytes: new Uint8Array(await chosen.arrayBuffer()) };
    setFile(picked);
    const check = checkFile(picked ?? { name: chosen.name, statedType: chosen.type, bytes: { length: chosen.size } as Uint8Array });
    setFileProblem(check.ok ? null : check.message);
    setProblems((previous) => [...previous.filter((problem) => problem.field !== 'file'), ...(check.ok ? [] : [{ field: 'file' as const, message: check.message }])]);
  };

  const attach = handleSubmit(async (form) => {
    setMessage(null);
    const found = checkAttachmentForm(form, file, criteria.map((criterion) => criterion.code)).map((problem) =>
      problem.field === 'file' && fileProblem ? { ...problem, message: fileProblem } : problem,
    );
    const fileCheck = checkFile(file);
    if (found.length > 0 || !fileCheck.ok || !file) return showProblems(found);
    setIsSaving(true);
    const meta = newAttachmentMeta(form, file, fileCheck.mediaType, { id: newId(), documentId, addedAt: new Date().toISOString() });
    const outcome = await saveAttachment({ meta, bytes: file.bytes });
    setIsSaving(false);
    // Refused: the caption, date and AC stay as typed, and nothing stored has changed.
    if (!outcome.ok) return showProblems([{ field: 'file', message: outcome.message }]);
    setProblems([]);
    setFile(null);
    setFileProblem(null);
    if (fileInput.current) fileInput.current.value = '';
    reset({ caption: '', date: form.date, criterionCode: '' });
    setMessage(`Attached “${meta.fileName}”.`);
    reload();
  });

  const remove = async (meta: AttachmentMeta) => {
    if (!window.confirm(`Remove “${meta.fileName}” (${meta.caption}) from this document? It cannot be brought back unless you have a backup.`)) return;
    await deleteAttachment(meta.id);
    setMessage(`Removed “${meta.fileName}”.`);
    reload();
  };

  const errorOf = (field: AttachmentField) => problems.find((problem) => problem.field === field)?.message;
  const criterionLabel = (code: string | undefined) => (code ? (criteria.find((criterion) => criterion.code === code)?.label ?? code) : 'The whole document');
  const { ref: captionRef, ...caption } = register('caption');

  return (
    <section className="supporting-evidence" aria-labelledby="supporting-evidence-heading">
      <Heading id="supporting-evidence-heading" tabIndex={headingLevel === 1 ? -1 : undefined}>
        Supporting evidence
      </Heading>
      <p>
        Files that show your work happened: a photo of a whiteboard, a CRM screenshot, a manager’s e-mail. Each goes into your portfolio pack
        with its caption, listed in the evidence index against the assessment criterion it supports. They are kept in this browser only and
        never leave it: a full backup carries them.
      </p>
      {problems.length > 0 && (
        <div ref={summary} tabIndex={-1} className="error-summary" aria-labelledby="attachment-error-title">
          <div role="alert">
            <h2 id="attachment-error-title" className="error-summary__title">
              There is a problem
            </h2>
            <ul className="error-summary__list">
              {problems.map((problem) => (
                <li key={problem.field}>
                  <a
                    href={`#${FIELD_IDS[problem.field]}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(FIELD_IDS[problem.field])?.focus();
                    }}
                  >
                    {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {message && (
        <p className="notice notice--success" role="status">
          {message}
        </p>
      )}
      <AttachmentList metas={metas} loadProblem={loadProblem} criterionLabel={criterionLabel} onRemove={remove} />
      {metas !== null && metas.length >= MAX_ATTACHMENTS_PER_DOCUMENT ? (
        <p>This document has {MAX_ATTACHMENTS_PER_DOCUMENT} attachments, the most it can have. Remove one to add another.</p>
      ) : (
        // A draft until "Attach file" (data-draft): its boxes are not part of the document, as a new check-in's are not.
        <form className="attachment-form" noValidate onSubmit={(event) => void attach(event)} data-draft="">
          <h3>Attach a file</h3>
          <FieldFrame id={FIELD_IDS.file} label="Upload a file" hint={FILE_HINT} error={errorOf('file')}>
            <input
              ref={fileInput}
              id={FIELD_IDS.file}
              type="file"
              accept={ACCEPT}
              aria-describedby={describedBy(FIELD_IDS.file, errorOf('file'))}
              aria-invalid={errorOf('file') ? true : undefined}
              onChange={(event) => void chooseFile(event.target.files?.[0])}
            />
          </FieldFrame>
          <FieldFrame id={FIELD_IDS.caption} label="Caption" hint={`What the file shows and why it is evidence, in up to ${MAX_CAPTION_LENGTH} characters.`} error={errorOf('caption')}>
            <input id={FIELD_IDS.caption} type="text" maxLength={MAX_CAPTION_LENGTH} aria-describedby={describedBy(FIELD_IDS.caption, errorOf('caption'))} aria-invalid={errorOf('caption') ? true : undefined} ref={captionRef} {...caption} />
          </FieldFrame>
          <FieldFrame id={FIELD_IDS.date} label="Date of the evidence" hint="When the photo was taken, the e-mail sent or the record made." error={errorOf('date')}>
            <input id={FIELD_IDS.date} type="date" aria-describedby={describedBy(FIELD_IDS.date, errorOf('date'))} aria-invalid={errorOf('date') ? true : undefined} {...register('date')} />
          </FieldFrame>
          <FieldFrame id={FIELD_IDS.criterionCode} label="Assessment criterion it supports (optional)" hint="One of the criteria this document evidences, or the whole document." error={errorOf('criterionCode')}>
            <select id={FIELD_IDS.criterionCode} aria-describedby={describedBy(FIELD_IDS.criterionCode, errorOf('criterionCode'))} {...register('criterionCode')}>
              <option value="">The whole document</option>
              {criteria.map((criterion) => (
                <option key={criterion.code} value={criterion.code}>
                  {criterion.label}
                </option>
              ))}
            </select>
          </FieldFrame>
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {isSaving ? 'Attaching…' : 'Attach file'}
          </button>
        </form>
      )}
    </section>
  );
}

const describedBy = (id: string, error: string | undefined) => [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

type ListProps = {
  metas: AttachmentMeta[] | null;
  loadProblem: boolean;
  criterionLabel(code: string | undefined): string;
  onRemove(meta: AttachmentMeta): Promise<void>;
};

function AttachmentList({ metas, loadProblem, criterionLabel, onRemove }: ListProps) {
  if (loadProblem) return <p className="notice notice--warning">This browser could not open its attachments store, so attachments cannot be shown or added here.</p>;
  if (metas === null) return <p role="status">Loading attachments…</p>;
  if (metas.length === 0) return <p>No files attached yet.</p>;
  return (
    <ul className="attachment-list">
      {metas.map((meta) => (
        <li key={meta.id} className="attachment-list__item">
          <Thumbnail meta={meta} />
          <div className="attachment-list__text">
            <p className="attachment-list__caption">{meta.caption}</p>
            <p className="attachment-list__meta">
              {meta.fileName} · {sizeInWords(meta.size)} · {formatDate(meta.date)}
            </p>
            <p className="attachment-list__meta">Supports: {criterionLabel(meta.criterionCode)}</p>
          </div>
          <button type="button" className="button button--danger" aria-label={`Remove ${meta.fileName}`} onClick={() => void onRemove(meta)}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A small picture of an image attachment; a label for the other types. */
function Thumbnail({ meta }: { meta: AttachmentMeta }) {
  const [url, setUrl] = useState<string | null>(null);
  const isImage = meta.mediaType === 'image/png' || meta.mediaType === 'image/jpeg';
  useEffect(() => {
    if (!isImage) return;
    let objectUrl: string | null = null;
    let isCancelled = false;
    void readAttachmentBytes(meta.id).then((bytes) => {
      if (!bytes || isCancelled) return;
      objectUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.mediaType }));
      setUrl(objectUrl);
    });
    return () => {
      isCancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [meta.id, meta.mediaType, isImage]);
  if (isImage && url) return <img className="attachment-list__thumb" src={url} alt="" />;
  return (
    <span className="attachment-list__thumb attachment-list__thumb--file" aria-hidden="true">
      {meta.mediaType === 'application/pdf' ? 'PDF' : isImage ? '…' : 'TXT'}
    </span>
  );
}
