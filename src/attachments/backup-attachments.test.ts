import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupAttachmentSchema, base64ToBytes, bytesToBase64, restoreAttachments, toBackupAttachment } from './backup-attachments';
import type { AttachmentMeta } from './attachment';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const meta: AttachmentMeta = { id: 'a', documentId: 'd', criterionCode: '2.1', caption: 'Board', date: '2026-11-20', fileName: 'board.png', mediaType: 'image/png', size: PNG.length, addedAt: '' };

describe('attachments in a backup file', () => {
  it('base64 round-trips any bytes, as Node’s own encoder writes it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 70_000 }), (numbers) => {
        const text = bytesToBase64(new Uint8Array(numbers));
        expect(text).toBe(Buffer.from(numbers).toString('base64'));
        expect(Array.from(base64ToBytes(text))).toEqual(numbers);
      }),
      { numRuns: 30 },
    );
  });

  it('comes back as it went, for its document', () => {
    const entry = BackupAttachmentSchema.parse(JSON.parse(JSON.stringify(toBackupAttachment({ meta, bytes: PNG }, 2))));
    expect(restoreAttachments([entry], 3)).toEqual({
      ok: true,
      attachments: [{ documentIndex: 2, meta: { criterionCode: '2.1', caption: 'Board', date: '2026-11-20', fileName: 'board.png', mediaType: 'image/png', size: PNG.length }, bytes: PNG }],
    });
    expect(restoreAttachments([entry], 2)).toMatchObject({ ok: false, reason: expect.stringContaining('belongs to a document that is not in the file') });
  });

  it('never throws on any entry the schema lets through', () => {
    fc.assert(
      fc.property(fc.record({ document: fc.nat(5), caption: fc.string({ minLength: 1 }), date: fc.constant('2026-01-01'), fileName: fc.string({ minLength: 1 }), mediaType: fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'text/plain'), base64: fc.uint8Array({ maxLength: 64 }).map(bytesToBase64) }), (input) => {
        const parsed = BackupAttachmentSchema.safeParse(input);
        if (parsed.success) expect(typeof restoreAttachments([parsed.data], 3).ok).toBe('boolean');
      }),
    );
  });
});
