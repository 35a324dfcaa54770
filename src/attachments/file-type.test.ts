import fc from 'fast-check';
/* eslint-disable no-control-regex -- the tests build strings with control characters on purpose */
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES, isPlainText, sniffType, typeOfFileName } from './file-type';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('the type of a file, read from its first bytes', () => {
  it('knows PNG, JPEG and PDF by their magic numbers, whatever follows', () => {
    expect(sniffType(bytes(PNG, [0, 0, 0, 13]))).toBe('image/png');
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0], [0, 16]))).toBe('image/jpeg');
    expect(sniffType(bytes('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
  });

  it('takes UTF-8 text with ordinary line breaks as plain text, and refuses binary, Latin-1 and empty files', () => {
    expect(sniffType(bytes('Manager’s e-mail of 3 March:\r\n\tThanks, Zoë — great close.\n'))).toBe('text/plain');
    expect(sniffType(bytes([0xef, 0xbb, 0xbf], 'with a byte-order mark'))).toBe('text/plain');
    expect(sniffType(bytes('MZ', [0x90, 0, 3, 0]))).toBeNull(); // a Windows program
    expect(sniffType(bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'))).toBeNull(); // a .docx (zip)
    expect(sniffType(bytes('caf', [0xe9]))).toBeNull(); // Latin-1, not UTF-8
    expect(sniffType(new Uint8Array())).toBeNull();
  });

  it('a PNG magic number with a byte changed is not a PNG', () => {
    expect(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b], [0]))).not.toBe('image/png');
  });

  it('never throws, and names only an allowed type or none, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (data) => {
        const type = sniffType(data);
        expect(type === null || ATTACHMENT_TYPES.includes(type)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('any bytes after a PNG, JPEG or PDF signature keep that type', () => {
    fc.assert(
      fc.property(fc.constantFrom<[number[], string]>([PNG, 'image/png'], [[0xff, 0xd8, 0xff], 'image/jpeg'], [[...'%PDF-'].map((c) => c.charCodeAt(0)), 'application/pdf']), fc.uint8Array({ maxLength: 200 }), ([magic, type], rest) => {
        expect(sniffType(bytes(magic, [...rest]))).toBe(type);
      }),
    );
  });

  it('bytes holding a NUL or another control byte are never plain text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.constantFrom(0, 1, 7, 8, 0x0b, 0x1b, 0x7f), fc.string({ maxLength: 100 }), (before, control, after) => {
        expect(isPlainText(bytes(before, [control], after))).toBe(false);
      }),
    );
  });

  it('any string without control characters, written as UTF-8, is plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((text) => !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) && !text.startsWith('%PDF-')), (text) => {
        expect(sniffType(bytes(text))).toBe('text/plain');
      }),
    );
  });
});

describe('the type a file name claims', () => {
  it('reads the ending in any case, and nothing else', () => {
    expect(typeOfFileName('Whiteboard.JPG')).toBe('image/jpeg');
    expect(typeOfFileName('crm.png')).toBe('image/png');
    expect(typeOfFileName('email.txt')).toBe('text/plain');
    expect(typeOfFileName('letter.pdf')).toBe('application/pdf');
    expect(typeOfFileName('report.docx')).toBeNull();
    expect(typeOfFileName('no-ending')).toBeNull();
  });
});
