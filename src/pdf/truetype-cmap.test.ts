import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCharacterGlyphs } from './truetype-cmap';

const require = createRequire(import.meta.url);
const fontBytes = (path: string) => new Uint8Array(readFileSync(require.resolve(path)));

describe('readCharacterGlyphs', () => {
  it('finds emoji beyond the Basic Multilingual Plane in Noto Emoji', () => {
    const glyphs = readCharacterGlyphs(fontBytes('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'));
    for (const emoji of ['😀', '👩', '💼', '🚀', '❤', '🇬']) {
      expect(glyphs.get(emoji.codePointAt(0)!), emoji).toBeGreaterThan(0);
    }
  });

  it('returns nothing for bytes that are not a font', () => {
    expect(readCharacterGlyphs(new Uint8Array(64)).size).toBe(0);
  });
});
