import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayNeedEmojiFont, splitRuns, toUnicodeCmap } from './emoji-text';

describe('mayNeedEmojiFont', () => {
  it('is true for emoji and flags anywhere in a document, and false for text the text font covers', () => {
    expect(mayNeedEmojiFont({ blocks: [{ text: 'Great call 👍' }] })).toBe(true);
    expect(mayNeedEmojiFont('Flag 🇬🇧')).toBe(true);
    expect(mayNeedEmojiFont('Zoë, Łukasz, محمد, © 2026 ™ ‼')).toBe(false);
  });
});

describe('splitRuns', () => {
  it('splits a line into runs of text and runs of stand-ins, losing nothing', () => {
    const isStandIn = (code: number) => code >= 0xe000 && code <= 0xf8ff;
    expect(splitRuns('a \ue000\ue001 b\ue002', isStandIn)).toEqual([
      { text: 'a ', isEmoji: false },
      { text: '\ue000\ue001', isEmoji: true },
      { text: ' b', isEmoji: false },
      { text: '\ue002', isEmoji: true },
    ]);
    expect(splitRuns('', isStandIn)).toEqual([]);
  });
});

describe('toUnicodeCmap', () => {
  it('maps glyphs to the real emoji, in UTF-16 so characters beyond U+FFFF stay whole', () => {
    const cmap = toUnicodeCmap({ 7: 0xe000, 9: 0x2764 }, (code) => (code === 0xe000 ? 0x1f680 : code));
    expect(cmap).toContain('2 beginbfchar\n<0007><d83dde80>\n<0009><2764>\nendbfchar');
  });

  it('writes at most 100 entries per block, as the format requires', () => {
    const glyphs = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [i + 1, 0x41 + (i % 26)]));
    const cmap = toUnicodeCmap(glyphs, (code) => code);
    expect(cmap.match(/(\d+) beginbfchar/g)).toEqual(['100 beginbfchar', '100 beginbfchar', '50 beginbfchar']);
  });
});

describe('loadPdfFonts with emoji', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('fetches the emoji font only when asked, once', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(new Uint8Array([1, 2, 3]))));
    vi.stubGlobal('fetch', fetchMock);
    const { loadPdfFonts } = await import('./fonts');
    expect(await loadPdfFonts()).toEqual({ regular: 'AQID', bold: 'AQID' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(await loadPdfFonts({ withEmoji: true })).toEqual({ regular: 'AQID', bold: 'AQID', emoji: 'AQID' });
    await loadPdfFonts({ withEmoji: true });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('still exports, without emoji glyphs, when the emoji font cannot be fetched', async () => {
    const fetchMock = vi.fn((url: string) =>
      Promise.resolve(String(url).includes('NotoEmoji') ? new Response('offline', { status: 503 }) : new Response(new Uint8Array([1, 2, 3]))),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { loadPdfFonts } = await import('./fonts');
    expect(await loadPdfFonts({ withEmoji: true })).toEqual({ regular: 'AQID', bold: 'AQID' });
  });
});
