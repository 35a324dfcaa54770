import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentMeta } from './attachment';
import { MAX_ATTACHMENTS_PER_DOCUMENT } from './limits';
import {
  closeAttachmentsDb,
  copyAttachments,
  countAttachments,
  deleteAttachment,
  deleteAttachmentsOf,
  hasRoomFor,
  listAllAttachments,
  listAttachments,
  readAttachmentBytes,
  readAttachmentsOf,
  saveAttachment,
  saveArrivingAttachments,
  STORAGE_FULL_MESSAGE,
  storageFullFor,
} from './store';

const meta = (id: string, documentId = 'doc-1', extra: Partial<AttachmentMeta> = {}): AttachmentMeta => ({
  id,
  documentId,
  caption: `Caption ${id}`,
  date: '2026-11-20',
  fileName: `${id}.png`,
  mediaType: 'image/png',
  size: 3,
  addedAt: '2026-11-30T10:00:00.000Z',
  ...extra,
});
const bytes = new Uint8Array([1, 2, 3]);

beforeEach(async () => {
  await closeAttachmentsDb();
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('the attachments store (IndexedDB)', () => {
  it('copies a document’s attachments to its duplicate under new ids, bytes and all', async () => {
    await saveAttachment({ meta: meta('a', 'doc-1', { criterionCode: '2.1' }), bytes });
    await saveAttachment({ meta: meta('b'), bytes });
    let next = 0;
    expect(await copyAttachments('doc-1', 'copy', () => `new-${(next += 1)}`)).toEqual({ copied: 2, of: 2 });
    const copies = await listAttachments('copy');
    expect(copies.map((m) => m.id).sort()).toEqual(['new-1', 'new-2']);
    expect(copies.find((m) => m.caption === 'Caption a')?.criterionCode).toBe('2.1');
    expect([...((await readAttachmentBytes('new-1')) ?? [])]).toEqual([1, 2, 3]);
    // The original keeps its own: removing the copy's leaves them.
    await deleteAttachmentsOf('copy');
    expect(await countAttachments('doc-1')).toBe(2);
  });

  it('says how many were copied when the browser runs out of room part-way', async () => {
    await saveAttachment({ meta: meta('a'), bytes });
    await saveAttachment({ meta: meta('b'), bytes });
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ quota: 100, usage: 100 }) } });
    const outcome = await copyAttachments('doc-1', 'copy', () => `new-${Math.random()}`);
    expect(outcome).toEqual({ copied: 0, of: 2, problem: STORAGE_FULL_MESSAGE });
  });

  it('keeps an attachment’s metadata and bytes, listed by document', async () => {
    expect(await saveAttachment({ meta: meta('a'), bytes })).toEqual({ ok: true });
    expect(await saveAttachment({ meta: meta('b', 'doc-2', { criterionCode: '2.1' }), bytes })).toEqual({ ok: true });
    expect(await listAttachments('doc-1')).toEqual([meta('a')]);
    expect((await listAllAttachments()).map((m) => m.id).sort()).toEqual(['a', 'b']);
    expect([...((await readAttachmentBytes('a')) ?? [])]).toEqual([1, 2, 3]);
    expect((await readAttachmentsOf(['doc-2', 'doc-1'])).map((a) => a.meta.id)).toEqual(['b', 'a']);
    expect(window.localStorage.length).toBe(0);
  });

  it('removes one attachment, or all of a document’s, bytes and all', async () => {
    await saveAttachment({ meta: meta('a'), bytes });
    await saveAttachment({ meta: meta('b'), bytes });
    await saveAttachment({ meta: meta('c', 'doc-2'), bytes });
    await deleteAttachment('a');
    expect(await readAttachmentBytes('a')).toBeNull();
    expect(await countAttachments('doc-1')).toBe(1);
    expect(await deleteAttachmentsOf('doc-1')).toBe(1);
    expect(await listAttachments('doc-1')).toEqual([]);
    expect(await readAttachmentBytes('b')).toBeNull();
    expect(await listAttachments('doc-2')).toEqual([meta('c', 'doc-2')]);
  });

  it('refuses a full store in plain words and keeps everything already stored', async () => {
    await saveAttachment({ meta: meta('a'), bytes });
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 999_990, quota: 1_000_000 }) } });
    expect(await saveAttachment({ meta: meta('b'), bytes })).toEqual({ ok: false, reason: 'full', message: STORAGE_FULL_MESSAGE });
    expect(await listAttachments('doc-1')).toEqual([meta('a')]);
  });

  it('turns a QuotaExceededError from the write itself into the same message, storing nothing', async () => {
    await saveAttachment({ meta: meta('a'), bytes });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await saveAttachment({ meta: meta('b'), bytes })).toMatchObject({ ok: false, reason: 'full' });
    put.mockRestore();
    expect(await listAttachments('doc-1')).toEqual([meta('a')]);
    expect(await readAttachmentBytes('b')).toBeNull();
  });

  it('holds a document to its number of attachments', async () => {
    for (let index = 0; index < MAX_ATTACHMENTS_PER_DOCUMENT; index += 1) await saveAttachment({ meta: meta(`a${index}`), bytes });
    expect(await saveAttachment({ meta: meta('one-more'), bytes })).toMatchObject({ ok: false, reason: 'too-many' });
  });

  it('skips a stored record that no longer passes the schema', async () => {
    await saveAttachment({ meta: meta('a'), bytes });
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('coursework-toolkit-attachments');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const transaction = raw.transaction('meta', 'readwrite');
      transaction.objectStore('meta').put({ id: 'bad', documentId: 'doc-1', caption: '', mediaType: 'text/html' });
      transaction.oncomplete = () => resolve();
    });
    raw.close();
    expect((await listAttachments('doc-1')).map((m) => m.id)).toEqual(['a']);
  });
});

describe('room in the browser’s storage', () => {
  it('asks the browser, and assumes room when it cannot say', async () => {
    const estimate = (usage?: number, quota?: number) => ({ estimate: () => Promise.resolve({ usage, quota }) });
    expect(await hasRoomFor(1000, estimate(0, 10_000_000))).toBe(true);
    expect(await hasRoomFor(5_000_000, estimate(8_000_000, 10_000_000))).toBe(false);
    expect(await hasRoomFor(1000, estimate(undefined, undefined))).toBe(true);
    expect(await hasRoomFor(1000, undefined)).toBe(true);
    expect(await hasRoomFor(1000, { estimate: () => Promise.reject(new Error('no')) })).toBe(true);
  });
});

describe('files arriving in a backup or share file', () => {
  const arriving = (name: string, documentIndex: number) => {
    const { id: _id, documentId: _documentId, addedAt: _addedAt, ...rest } = meta(name);
    return { documentIndex, meta: rest, bytes };
  };

  it('are saved in order under new ids with their documents’ new ids; one with no document is skipped', async () => {
    let next = 0;
    const ids = ['new-doc-a', 'new-doc-b'];
    const outcome = await saveArrivingAttachments([arriving('x', 0), arriving('y', 5), arriving('z', 1)], (a) => ids[a.documentIndex], () => `att-${(next += 1)}`);
    expect(outcome).toEqual({ saved: 2, problem: null });
    expect((await listAttachments('new-doc-a')).map((m) => [m.id, m.caption])).toEqual([['att-1', 'Caption x']]);
    expect((await listAttachments('new-doc-b')).map((m) => [m.id, m.caption])).toEqual([['att-2', 'Caption z']]);
  });

  it('stop at the first that cannot be saved, saying how many were and why', async () => {
    for (let i = 0; i < MAX_ATTACHMENTS_PER_DOCUMENT - 1; i += 1) await saveAttachment({ meta: meta(`old-${i}`, 'full-doc'), bytes });
    let next = 0;
    const outcome = await saveArrivingAttachments([arriving('x', 0), arriving('y', 0), arriving('z', 0)], () => 'full-doc', () => `att-${(next += 1)}`);
    expect(outcome.saved).toBe(1);
    expect(outcome.problem).toBe(`A document can have up to ${MAX_ATTACHMENTS_PER_DOCUMENT} attachments. Remove one to add another.`);
    expect(await countAttachments('full-doc')).toBe(MAX_ATTACHMENTS_PER_DOCUMENT);
  });

  it('when there is no room, say what was not done in the store’s own words', () => {
    expect(storageFullFor('the backup was not restored')).toBe(STORAGE_FULL_MESSAGE.replace('the file was not attached', 'the backup was not restored'));
    expect(storageFullFor('the backup was not restored')).toMatch(/^Your browser’s storage is full, so the backup was not restored\. Nothing you had already saved has been lost\./);
  });
});
