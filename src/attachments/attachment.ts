/**
 * A supporting-evidence attachment's metadata (its bytes are kept apart, see store.ts), the zod
 * schema every stored or imported one passes, and the checks a new file and its form pass before
 * anything is stored. Pure: no IndexedDB, no React.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../lib/dates';
import { ATTACHMENT_TYPES, TYPE_NAMES, sniffType, typeOfFileName, type AttachmentType } from './file-type';
import { MAX_ATTACHMENT_BYTES, MAX_CAPTION_LENGTH, MAX_FILE_NAME_LENGTH, MAX_TEXT_ATTACHMENT_BYTES, sizeInWords } from './limits';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const oneLine = (max: number) => z.string().check(z.maxLength(max), z.refine((text) => !CONTROL.test(text), 'must be plain text on one line'));

export const AttachmentMetaSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  documentId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The AC of the document it supports ("2.1", or "L3S3 2.1"); absent when it supports the whole document. */
  criterionCode: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  caption: oneLine(MAX_CAPTION_LENGTH).check(z.refine((text) => text.trim() !== '', 'must not be empty')),
  date: z.iso.date(),
  fileName: oneLine(MAX_FILE_NAME_LENGTH).check(z.refine((text) => text.trim() !== '', 'must not be empty')),
  mediaType: z.enum(ATTACHMENT_TYPES),
  size: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
  addedAt: z.string().check(z.maxLength(40)),
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

export type Attachment = { meta: AttachmentMeta; bytes: Uint8Array };

/** The learner's form: what they typed and the file they chose. */
export type AttachmentForm = { caption: string; date: string; criterionCode: string };
export type ChosenFile = { name: string; statedType: string; bytes: Uint8Array };

/** The form's fields, each of which can show a message (GOV.UK: the summary links to the field). */
export type AttachmentField = 'file' | 'caption' | 'date' | 'criterionCode';
export type FieldProblem = { field: AttachmentField; message: string };

/** The limit for a file of this type: a text file is "a short document". */
export const limitFor = (type: AttachmentType) => (type === 'text/plain' ? MAX_TEXT_ATTACHMENT_BYTES : MAX_ATTACHMENT_BYTES);

/** Why the file cannot be attached, in plain words, or its type when it can. */
export function checkFile(file: ChosenFile | null): { ok: true; mediaType: AttachmentType } | { ok: false; message: string } {
  if (!file) return { ok: false, message: 'Select a file to attach' };
  if (file.bytes.length === 0) return { ok: false, message: `The selected file “${file.name}” is empty` };
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    return { ok: false, message: `The selected file must be smaller than ${sizeInWords(MAX_ATTACHMENT_BYTES)} (it is ${sizeInWords(file.bytes.length)})` };
  }
  const sniffed = sniffType(file.bytes);
  if (!sniffed) return { ok: false, message: 'The selected file must be a PNG or JPEG image, a PDF or a plain text document (.txt)' };
  const named = typeOfFileName(file.name);
  if (named !== null && named !== sniffed) {
    return { ok: false, message: `The selected file is named as a ${TYPE_NAMES[named]} but it is a ${TYPE_NAMES[sniffed]}: rename it or save it again as a ${TYPE_NAMES[named]}` };
  }
  if (file.bytes.length > limitFor(sniffed)) {
    return { ok: false, message: `A plain text document must be smaller than ${sizeInWords(MAX_TEXT_ATTACHMENT_BYTES)} (it is ${sizeInWords(file.bytes.length)})` };
  }
  return { ok: true, mediaType: sniffed };
}

/** Every problem with the form, in the order of its fields; empty when the attachment can be stored. */
export function checkAttachmentForm(form: AttachmentForm, file: ChosenFile | null, criterionCodes: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fileCheck = checkFile(file);
  if (!fileCheck.ok) problems.push({ field: 'file', message: fileCheck.message });
  const caption = form.caption.trim();
  if (caption === '') problems.push({ field: 'caption', message: 'Enter a caption that says what the file shows' });
  else if (caption.length > MAX_CAPTION_LENGTH) problems.push({ field: 'caption', message: `Caption must be ${MAX_CAPTION_LENGTH} characters or fewer` });
  if (form.date.trim() === '') problems.push({ field: 'date', message: 'Enter the date of the evidence' });
  else if (!isIsoDate(form.date)) problems.push({ field: 'date', message: 'Date must be a real date' });
  if (form.criterionCode !== '' && !criterionCodes.includes(form.criterionCode)) {
    problems.push({ field: 'criterionCode', message: 'Choose an assessment criterion this document evidences, or none' });
  }
  return problems;
}

/** The metadata of a new attachment once the form has no problems (checkAttachmentForm). */
export function newAttachmentMeta(
  form: AttachmentForm,
  file: ChosenFile,
  mediaType: AttachmentType,
  ids: { id: string; documentId: string; addedAt: string },
): AttachmentMeta {
  return AttachmentMetaSchema.parse({
    ...ids,
    ...(form.criterionCode !== '' ? { criterionCode: form.criterionCode } : {}),
    caption: form.caption.trim().replace(/\s+/g, ' '),
    date: form.date,
    // A path or a control character in a name is never kept; the name is only shown and printed.
    // eslint-disable-next-line no-control-regex
    fileName: (file.name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_FILE_NAME_LENGTH).trim() || 'file',
    mediaType,
    size: file.bytes.length,
  });
}

/** The attachments in the order a list, an index and a pack show them: by date, then caption. */
export function inShowingOrder(metas: readonly AttachmentMeta[]): AttachmentMeta[] {
  return [...metas].sort((a, b) => a.date.localeCompare(b.date) || a.caption.localeCompare(b.caption) || a.id.localeCompare(b.id));
}
