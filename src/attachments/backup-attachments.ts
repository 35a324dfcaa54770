/**
 * Attachments in backup and share files: each file as base64 in the JSON, beside its metadata and
 * the position of its document in the file. Read back with every check a new upload passes (the
 * schema, the size limit, the type from the first bytes), so a hostile file is refused in words.
 * Pure: no IndexedDB.
 */
import { z } from 'zod';
import { AttachmentMetaSchema, checkFile, type Attachment, type AttachmentMeta } from './attachment';
import { MAX_ATTACHMENT_BYTES } from './limits';

/**
 * The most attachment bytes one backup may carry, 80 MB (sixteen files at the 5 MB limit): base64
 * makes that about 107 MB of text, which a laptop's browser reads in a few seconds. A backup's
 * documents keep their own 5 MB limit (MAX_BACKUP_BYTES), counted without the attachments.
 */
export const MAX_BACKUP_ATTACHMENT_BYTES = 80 * 1024 * 1024;
/** base64 is 4 characters for every 3 bytes. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const BackupAttachmentSchema = z.object({
  /** The attachment's document: its position in the file's `documents`. */
  document: z.number().int().min(0),
  criterionCode: AttachmentMetaSchema.shape.criterionCode,
  caption: AttachmentMetaSchema.shape.caption,
  date: AttachmentMetaSchema.shape.date,
  fileName: AttachmentMetaSchema.shape.fileName,
  mediaType: AttachmentMetaSchema.shape.mediaType,
  base64: z
    .string()
    .max(base64Length(MAX_ATTACHMENT_BYTES))
    .refine((text) => text.length % 4 === 0 && BASE64.test(text), 'is not base64'),
});
export type BackupAttachment = z.infer<typeof BackupAttachmentSchema>;

/** An attachment read from a backup, for the document at `documentIndex`, ready to store under a new id. */
export type RestoredAttachment = { documentIndex: number; meta: Omit<AttachmentMeta, 'id' | 'documentId' | 'addedAt'>; bytes: Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The backup's form of an attachment of the document at `documentIndex`. */
export function toBackupAttachment(attachment: Attachment, documentIndex: number): BackupAttachment {
  const { meta, bytes } = attachment;
  return {
    document: documentIndex,
    ...(meta.criterionCode !== undefined ? { criterionCode: meta.criterionCode } : {}),
    caption: meta.caption,
    date: meta.date,
    fileName: meta.fileName,
    mediaType: meta.mediaType,
    base64: bytesToBase64(bytes),
  };
}

/** The attachments of a file already parsed with BackupAttachmentSchema: all of them, or the first reason one is refused. */
export function restoreAttachments(entries: readonly BackupAttachment[], documentCount: number): { ok: true; attachments: RestoredAttachment[] } | { ok: false; reason: string } {
  const attachments: RestoredAttachment[] = [];
  let total = 0;
  for (const [index, entry] of entries.entries()) {
    const label = `Attachment ${index + 1} (“${entry.fileName.slice(0, 60)}”)`;
    if (entry.document >= documentCount) return { ok: false, reason: `${label} belongs to a document that is not in the file.` };
    const bytes = base64ToBytes(entry.base64);
    total += bytes.length;
    if (total > MAX_BACKUP_ATTACHMENT_BYTES) return { ok: false, reason: `The file’s attachments come to more than ${MAX_BACKUP_ATTACHMENT_BYTES / 1024 / 1024} MB, more than a backup can carry.` };
    const check = checkFile({ name: entry.fileName, statedType: entry.mediaType, bytes });
    if (!check.ok) return { ok: false, reason: `${label} cannot be restored: ${check.message.charAt(0).toLowerCase()}${check.message.slice(1)}.` };
    if (check.mediaType !== entry.mediaType) return { ok: false, reason: `${label} cannot be restored: it says it is ${entry.mediaType} but its contents are not.` };
    const { document, base64: _base64, ...meta } = entry;
    attachments.push({ documentIndex: document, meta: { ...meta, size: bytes.length }, bytes });
  }
  return { ok: true, attachments };
}
