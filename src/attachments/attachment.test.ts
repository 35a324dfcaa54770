import fc from 'fast-check';
/* eslint-disable no-control-regex -- the tests build strings with control characters on purpose */
import { describe, expect, it } from 'vitest';
import { AttachmentMetaSchema, checkAttachmentForm, checkFile, inShowingOrder, newAttachmentMeta, type AttachmentMeta } from './attachment';
import { MAX_ATTACHMENT_BYTES, MAX_TEXT_ATTACHMENT_BYTES, sizeInWords } from './limits';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const png = (name = 'whiteboard.png') => ({ name, statedType: 'image/png', bytes: PNG });
const form = { caption: 'Whiteboard after the planning meeting', date: '2026-11-20', criterionCode: '2.1' };
const ids = { id: 'a1', documentId: 'doc-1', addedAt: '2026-11-30T10:00:00.000Z' };

describe('checking a chosen file', () => {
  it('accepts an allowed type whose name agrees, or names no allowed type', () => {
    expect(checkFile(png())).toEqual({ ok: true, mediaType: 'image/png' });
    expect(checkFile(png('screenshot'))).toEqual({ ok: true, mediaType: 'image/png' });
  });

  it('refuses no file, an empty file, one over the limit, one of another type, and one renamed, in plain words', () => {
    expect(checkFile(null)).toEqual({ ok: false, message: 'Select a file to attach' });
    expect(checkFile({ ...png(), bytes: new Uint8Array() })).toMatchObject({ ok: false, message: expect.stringContaining('is empty') });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PNG);
    expect(checkFile({ ...png(), bytes: big })).toEqual({ ok: false, message: 'The selected file must be smaller than 5 MB (it is 5.0 MB)' });
    expect(checkFile({ name: 'setup.exe', statedType: 'application/octet-stream', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) })).toMatchObject({ ok: false, message: expect.stringContaining('must be a PNG or JPEG image, a PDF or a plain text document') });
    expect(checkFile({ name: 'invoice.pdf', statedType: 'application/pdf', bytes: PNG })).toMatchObject({ ok: false, message: expect.stringContaining('named as a PDF but it is a PNG image') });
  });

  it('holds a text file to the shorter limit of a short document', () => {
    const text = new Uint8Array(MAX_TEXT_ATTACHMENT_BYTES + 1).fill(0x61);
    expect(checkFile({ name: 'notes.txt', statedType: 'text/plain', bytes: text })).toEqual({ ok: false, message: `A plain text document must be smaller than ${sizeInWords(MAX_TEXT_ATTACHMENT_BYTES)} (it is 200 KB)` });
  });
});

describe('checking the form', () => {
  it('lists each field’s problem in the order of the fields', () => {
    expect(checkAttachmentForm({ caption: '  ', date: '', criterionCode: '9.9' }, null, ['2.1', '2.2']).map((problem) => problem.field)).toEqual(['file', 'caption', 'date', 'criterionCode']);
    expect(checkAttachmentForm({ ...form, date: '2026-02-30' }, png(), ['2.1'])).toEqual([{ field: 'date', message: 'Date must be a real date' }]);
    expect(checkAttachmentForm(form, png(), ['2.1'])).toEqual([]);
    expect(checkAttachmentForm({ ...form, criterionCode: '' }, png(), [])).toEqual([]);
  });

  it('makes metadata that passes the schema, with the file name stripped of any folder', () => {
    const meta = newAttachmentMeta({ ...form, caption: '  Whiteboard \n after  ' }, png('C:\\Users\\zoe\\board.png'), 'image/png', ids);
    expect(meta).toEqual({ ...ids, criterionCode: '2.1', caption: 'Whiteboard after', date: '2026-11-20', fileName: 'board.png', mediaType: 'image/png', size: PNG.length });
  });
});

describe('the metadata schema, with any input', () => {
  const valid: AttachmentMeta = { ...ids, caption: 'A caption', date: '2026-11-20', fileName: 'a.png', mediaType: 'image/png', size: 10 };

  it('never throws, and what it accepts keeps every limit', () => {
    fc.assert(
      fc.property(
        fc.record({ id: fc.string(), documentId: fc.string(), criterionCode: fc.option(fc.string(), { nil: undefined }), caption: fc.string({ maxLength: 300 }), date: fc.oneof(fc.string(), fc.constant('2026-11-20')), fileName: fc.string(), mediaType: fc.oneof(fc.string(), fc.constantFrom('image/png', 'text/html')), size: fc.oneof(fc.integer(), fc.double()), addedAt: fc.string() }, { requiredKeys: [] }),
        (input) => {
          const parsed = AttachmentMetaSchema.safeParse(input);
          if (!parsed.success) return;
          expect(parsed.data.caption.trim()).not.toBe('');
          expect(parsed.data.caption.length).toBeLessThanOrEqual(200);
          expect(/[\u0000-\u001f]/.test(parsed.data.caption + parsed.data.fileName)).toBe(false);
          expect(['image/png', 'image/jpeg', 'application/pdf', 'text/plain']).toContain(parsed.data.mediaType);
          expect(Number.isInteger(parsed.data.size) && parsed.data.size > 0 && parsed.data.size <= MAX_ATTACHMENT_BYTES).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses any value of the wrong kind in a valid record', () => {
    fc.assert(
      fc.property(fc.constantFrom<keyof AttachmentMeta>('id', 'documentId', 'caption', 'date', 'fileName', 'mediaType', 'size'), fc.oneof(fc.constant(null), fc.object(), fc.boolean(), fc.constant('')), (key, value) => {
        expect(AttachmentMetaSchema.safeParse({ ...valid, [key]: value }).success).toBe(false);
      }),
    );
  });

  it('accepts any plain one-line caption within the limit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(text)), (caption) => {
        expect(AttachmentMetaSchema.safeParse({ ...valid, caption }).success).toBe(true);
      }),
    );
  });
});

it('shows attachments by date, then caption', () => {
  const at = (id: string, date: string, caption: string) => ({ ...ids, id, date, caption, fileName: 'a.png', mediaType: 'image/png' as const, size: 1 });
  expect(inShowingOrder([at('1', '2026-11-20', 'B'), at('2', '2026-11-01', 'Z'), at('3', '2026-11-20', 'A')]).map((meta) => meta.id)).toEqual(['2', '3', '1']);
});
