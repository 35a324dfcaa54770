// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { arrayBufferToBase64 } from './fonts';
import { readPdfFont } from '../test-support/pdf-fonts';


describe('arrayBufferToBase64', () => {
  it('matches Node’s base64 for small inputs, including the empty buffer', () => {
    for (const bytes of [[], [0], [255, 254], [1, 2, 3, 4, 5, 6, 7]]) {
      const data = new Uint8Array(bytes);
      expect(arrayBufferToBase64(data.buffer)).toBe(Buffer.from(data).toString('base64'));
    }
  });

  it('encodes a whole 540 KB font without overflowing the stack', () => {
    const font = readPdfFont('DejaVuSans-pdf.ttf');
    const buffer = new Uint8Array(font).buffer;
    expect(arrayBufferToBase64(buffer)).toBe(font.toString('base64'));
  });

  it('handles lengths that are not a multiple of the chunk size', () => {
    const data = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, index) => (index * 31) % 256);
    expect(arrayBufferToBase64(data)).toBe(Buffer.from(data).toString('base64'));
  });
});

describe('loadPdfFonts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('fetches both fonts once and reuses them for later exports', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(new Uint8Array([1, 2, 3]))));
    vi.stubGlobal('fetch', fetchMock);
    const { loadPdfFonts } = await import('./fonts');
    const first = await loadPdfFonts();
    const second = await loadPdfFonts();
    expect(first).toEqual({ regular: 'AQID', bold: 'AQID' });
    expect(second).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('tries again after a failed fetch', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('missing', { status: 404 }))
      .mockImplementation(() => Promise.resolve(new Response(new Uint8Array([1, 2, 3]))));
    vi.stubGlobal('fetch', fetchMock);
    const { loadPdfFonts } = await import('./fonts');
    await expect(loadPdfFonts()).rejects.toThrow(/font/);
    await expect(loadPdfFonts()).resolves.toEqual({ regular: 'AQID', bold: 'AQID' });
  });
});
