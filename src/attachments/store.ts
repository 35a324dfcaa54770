/**
 * Where supporting evidence is kept: the browser's IndexedDB (never localStorage, whose few MB
 * the documents need), through `idb`, a small, well-kept wrapper that turns IndexedDB's requests
 * into promises and types the stores. One database, two object stores written in one transaction:
 * `meta` (small, indexed by document, so a list never loads the files) and `files` (the bytes).
 * Nothing here leaves the browser.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { AttachmentMetaSchema, inShowingOrder, type Attachment, type AttachmentMeta } from './attachment';
import { MAX_ATTACHMENTS_PER_DOCUMENT } from './limits';

export const ATTACHMENTS_DB = 'coursework-toolkit-attachments';
const DB_VERSION = 1;

interface AttachmentsDb extends DBSchema {
  meta: { key: string; value: AttachmentMeta; indexes: { byDocument: string } };
  files: { key: string; value: Uint8Array };
}

let opened: Promise<IDBPDatabase<AttachmentsDb>> | null = null;

function db(): Promise<IDBPDatabase<AttachmentsDb>> {
  opened ??= openDB<AttachmentsDb>(ATTACHMENTS_DB, DB_VERSION, {
    upgrade(database) {
      const meta = database.createObjectStore('meta', { keyPath: 'id' });
      meta.createIndex('byDocument', 'documentId');
      database.createObjectStore('files');
    },
    // Another tab upgrading the database: let it, and open again on the next call.
    blocking() {
      void opened?.then((database) => database.close());
      opened = null;
    },
  });
  return opened;
}

/** For tests: forget the open connection (after fake-indexeddb is reset). */
export async function closeAttachmentsDb(): Promise<void> {
  const current = opened;
  opened = null;
  if (current) (await current).close();
}

export const STORAGE_FULL_MESSAGE =
  'Your browser’s storage is full, so the file was not attached. Nothing you had already saved has been lost. Remove an attachment you no longer need, or make a backup and clear old documents, then try again.';

export type SaveOutcome = { ok: true } | { ok: false; reason: 'full' | 'too-many' | 'failed'; message: string };

/** Whether an error is the browser saying its storage is full (named differently across browsers and wrappers). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Room for `bytes` more, as far as the browser says (`navigator.storage.estimate`); true when it
 * cannot say. Asked before writing so a full store is refused before any write starts.
 */
export async function hasRoomFor(bytes: number, storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.estimate) return true;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return true;
    // Room for the file and what IndexedDB adds around it.
    return quota - usage > bytes * 1.1 + 64 * 1024;
  } catch {
    return true;
  }
}

/**
 * Stores one attachment: its metadata and bytes together or not at all (one transaction). A full
 * store is refused in plain words and changes nothing.
 */
export async function saveAttachment(attachment: Attachment): Promise<SaveOutcome> {
  const meta = AttachmentMetaSchema.parse(attachment.meta);
  try {
    const database = await db();
    const count = await database.countFromIndex('meta', 'byDocument', meta.documentId);
    if (count >= MAX_ATTACHMENTS_PER_DOCUMENT) {
      return { ok: false, reason: 'too-many', message: `A document can have up to ${MAX_ATTACHMENTS_PER_DOCUMENT} attachments. Remove one to add another.` };
    }
    if (!(await hasRoomFor(attachment.bytes.length))) return { ok: false, reason: 'full', message: STORAGE_FULL_MESSAGE };
    const transaction = database.transaction(['meta', 'files'], 'readwrite');
    await Promise.all([transaction.objectStore('meta').put(meta), transaction.objectStore('files').put(attachment.bytes, meta.id), transaction.done]);
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'full', message: STORAGE_FULL_MESSAGE };
    return { ok: false, reason: 'failed', message: 'The file could not be saved in this browser. Nothing you had already saved has been lost; please try again.' };
  }
}

/** A file read from a backup or a share file, before it is given an id and its document's new id. */
export type ArrivingAttachment = Pick<Attachment, 'bytes'> & { meta: Omit<AttachmentMeta, 'id' | 'documentId' | 'addedAt'> };

/** The storage-full message for a whole backup or share file: `what` says what was not done ('the backup was not restored'). */
export const storageFullFor = (what: string) => STORAGE_FULL_MESSAGE.replace('the file was not attached', what);

/** Whether the browser has room for every file a backup or share file brings (checked before anything is added). */
export const hasRoomForAll = (attachments: readonly ArrivingAttachment[]) =>
  hasRoomFor(attachments.reduce((sum, attachment) => sum + attachment.bytes.length, 0));

/**
 * Saves the files a backup or share file brought, each under a new id with its document's new id
 * (`documentIdOf`; one with no document is skipped), in order, stopping at the first that cannot be
 * saved: how many were saved, and why the next one was not.
 */
export async function saveArrivingAttachments<A extends ArrivingAttachment>(
  attachments: readonly A[],
  documentIdOf: (attachment: A) => string | undefined,
  newId: () => string,
): Promise<{ saved: number; problem: string | null }> {
  let saved = 0;
  for (const attachment of attachments) {
    const documentId = documentIdOf(attachment);
    if (documentId === undefined) continue;
    const meta = { ...attachment.meta, id: newId(), documentId, addedAt: new Date().toISOString() };
    // Metadata the file's own check let through but the store refuses is a failure to report, not a crash.
    const outcome = await saveAttachment({ meta, bytes: attachment.bytes }).catch(() => ({ ok: false as const, message: 'The file could not be saved.' }));
    if (!outcome.ok) return { saved, problem: outcome.message };
    saved += 1;
  }
  return { saved, problem: null };
}

/** Checked on the way out too: a record that fails the schema is skipped, never shown half-read. */
const valid = (metas: unknown[]): AttachmentMeta[] => metas.flatMap((meta) => {
  const parsed = AttachmentMetaSchema.safeParse(meta);
  return parsed.success ? [parsed.data] : [];
});

/** The attachments of one document (metadata only). */
export async function listAttachments(documentId: string): Promise<AttachmentMeta[]> {
  return valid(await (await db()).getAllFromIndex('meta', 'byDocument', documentId));
}

/** Every attachment of every document (metadata only), for a full backup. */
export async function listAllAttachments(): Promise<AttachmentMeta[]> {
  return valid(await (await db()).getAll('meta'));
}

/** The bytes of one attachment, or null if they are not there. */
export async function readAttachmentBytes(id: string): Promise<Uint8Array | null> {
  const bytes = await (await db()).get('files', id);
  return bytes instanceof Uint8Array ? bytes : bytes ? new Uint8Array(bytes) : null;
}

/** The attachments of some documents with their bytes, in each document's order. */
export async function readAttachmentsOf(documentIds: readonly string[]): Promise<Attachment[]> {
  const all: Attachment[] = [];
  for (const documentId of documentIds) {
    for (const meta of inShowingOrder(await listAttachments(documentId))) {
      const bytes = await readAttachmentBytes(meta.id);
      if (bytes && bytes.length === meta.size) all.push({ meta, bytes });
    }
  }
  return all;
}

/** Removes one attachment, its metadata and its bytes together. */
export async function deleteAttachment(id: string): Promise<void> {
  const transaction = (await db()).transaction(['meta', 'files'], 'readwrite');
  await Promise.all([transaction.objectStore('meta').delete(id), transaction.objectStore('files').delete(id), transaction.done]);
}

/** Removes every attachment of a document (when the document itself is deleted). */
export async function deleteAttachmentsOf(documentId: string): Promise<number> {
  const database = await db();
  const transaction = database.transaction(['meta', 'files'], 'readwrite');
  const ids = await transaction.objectStore('meta').index('byDocument').getAllKeys(documentId);
  await Promise.all([...ids.flatMap((id) => [transaction.objectStore('meta').delete(id), transaction.objectStore('files').delete(id)]), transaction.done]);
  return ids.length;
}

/** How many attachments a document has, for the delete question ("and its 3 attachments"). */
export async function countAttachments(documentId: string): Promise<number> {
  return (await db()).countFromIndex('meta', 'byDocument', documentId);
}


/**
 * Copies a document's attachments to its duplicate, each under a new id. Stops at the first the
 * browser has no room for and says how many were copied, so the learner knows what the copy lacks.
 */
export async function copyAttachments(fromDocumentId: string, toDocumentId: string, newAttachmentId: () => string): Promise<{ copied: number; of: number; problem?: string }> {
  const originals = await readAttachmentsOf([fromDocumentId]);
  let copied = 0;
  for (const { meta, bytes } of originals) {
    const outcome = await saveAttachment({ meta: { ...meta, id: newAttachmentId(), documentId: toDocumentId }, bytes });
    if (!outcome.ok) return { copied, of: originals.length, problem: outcome.message };
    copied += 1;
  }
  return { copied, of: originals.length };
}
