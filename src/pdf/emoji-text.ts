/**
 * Emoji in learner text, printed as text from a second, emoji-only font (Noto Emoji, monochrome).
 *
 * jsPDF handles text one UTF-16 unit at a time and reads only the part of a font's character map
 * below U+FFFF, where few emoji live. So each emoji the text font lacks is given a stand-in: a
 * private-use character (U+E000 up) that the emoji font is told draws the emoji's glyph. Then:
 *   - the text font measures a stand-in as wide as the emoji, so wrapping, tables (autotable) and
 *     alignment all work unchanged;
 *   - `pdf.text` draws runs of stand-ins in the emoji font, wherever it is called from;
 *   - the emoji font is written to the PDF with a ToUnicode map back to the real emoji, so
 *     copying or extracting text (pdftotext) gives the emoji, not the stand-in.
 */
import type { jsPDF } from 'jspdf';
import { readCharacterGlyphs } from './truetype-cmap';

export const EMOJI_FONT = 'NotoEmoji';
const EMOJI_FILE = 'NotoEmoji-Regular.ttf';
const STAND_IN_FIRST = 0xe000;
const STAND_IN_LAST = 0xf8ff;

/** Pictographs from the arrows block up, and flag letters: text that may need the emoji font. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/gu;

/** Whether any text in `value` (a document, a string) may need the emoji font, so it is fetched only then. */
export function mayNeedEmojiFont(value: unknown): boolean {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  for (const match of text.matchAll(PICTOGRAPH)) {
    if ((match[0].codePointAt(0) ?? 0) >= 0x2190) return true;
  }
  return false;
}

export type EmojiFallback = {
  /** The stand-in for an emoji the emoji font draws, or undefined if it has no glyph for it. */
  standIn(codePoint: number): string | undefined;
  /** Text with stand-ins turned back into the emoji they stand for (for document properties). */
  restore(text: string): string;
};

type GlyphMetrics = {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  cmap: { unicode: { codeMap: Record<number, number> } };
  toUnicode: Record<number, number>;
  Unicode: { widths: unknown[] };
  glyIdsUsed: number[];
  subset: { encode(glyphs: number[], indexToLocFormat: number): Uint8Array | number[] };
  bbox: number[];
  flags: number;
  stemV: number;
  italicAngle: number;
  ascender: number;
  decender: number;
  capHeight: number;
};
type PdfFont = { id: string; fontName: string; encoding: string; metadata: GlyphMetrics; objectNumber?: number; isAlreadyPutted?: boolean };
type PutFontEvent = {
  font: PdfFont;
  out(line: string): void;
  newObject(): number;
  putStream(options: { data: string; addLength1?: boolean; objectId: number }): void;
};
type Events = { subscribe(topic: string, callback: (event: never) => void): void };

const fallbacks = new WeakMap<jsPDF, EmojiFallback>();

/** The emoji fallback installed on this PDF, if its text needed one. */
export function emojiFallbackFor(pdf: jsPDF): EmojiFallback | undefined {
  return fallbacks.get(pdf);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Adds the emoji font to the PDF and teaches the text font's faces (`textFont` in each of `styles`)
 * to make room for emoji, and `pdf.text` to draw them. Call after the text font is registered.
 */
export function installEmojiFallback(pdf: jsPDF, emojiFontBase64: string, textFont: string, styles: string[]): EmojiFallback {
  pdf.addFileToVFS(EMOJI_FILE, emojiFontBase64);
  pdf.addFont(EMOJI_FILE, EMOJI_FONT, 'normal');
  const fontOf = (name: string, style: string) => (pdf as unknown as { getFont(name: string, style: string): PdfFont }).getFont(name, style);
  const emojiFont = fontOf(EMOJI_FONT, 'normal');
  const emoji = emojiFont.metadata;
  const emojiCodeMap = emoji.cmap.unicode.codeMap;
  const beyondBmp = readCharacterGlyphs(base64ToBytes(emojiFontBase64));
  const textFaces = styles.map((style) => fontOf(textFont, style).metadata);

  const standIns = new Map<number, string>();
  const emojiOfStandIn = new Map<number, number>();
  let nextStandIn = STAND_IN_FIRST;

  const standIn = (codePoint: number): string | undefined => {
    const known = standIns.get(codePoint);
    if (known !== undefined) return known;
    const glyph = codePoint <= 0xffff ? emojiCodeMap[codePoint] : beyondBmp.get(codePoint);
    if (!glyph) return undefined;
    // Skip private-use characters the text font draws itself, so learner text using them is untouched.
    while (nextStandIn <= STAND_IN_LAST && textFaces.some((face) => face.cmap.unicode.codeMap[nextStandIn] !== undefined)) nextStandIn += 1;
    if (nextStandIn > STAND_IN_LAST) return undefined;
    const code = nextStandIn;
    nextStandIn += 1;
    emojiCodeMap[code] = glyph;
    emojiOfStandIn.set(code, codePoint);
    const character = String.fromCharCode(code);
    standIns.set(codePoint, character);
    return character;
  };

  // The text font measures a stand-in as the emoji font's glyph: a negative glyph id marks it.
  for (const face of textFaces) {
    const toGlyph = face.characterToGlyph.bind(face);
    const widthOf = face.widthOfGlyph.bind(face);
    face.characterToGlyph = (code) => (emojiOfStandIn.has(code) ? -code : toGlyph(code));
    face.widthOfGlyph = (glyph) => (glyph < 0 ? emoji.widthOfGlyph(emoji.characterToGlyph(-glyph)) : widthOf(glyph));
  }

  drawStandInsInEmojiFont(pdf, (code) => emojiOfStandIn.has(code));
  writeEmojiFontWithRealText(pdf, emojiFont, (code) => emojiOfStandIn.get(code) ?? code);

  const fallback: EmojiFallback = {
    standIn,
    restore: (text) =>
      Array.from(text, (character) => {
        const original = emojiOfStandIn.get(character.charCodeAt(0));
        return original === undefined ? character : String.fromCodePoint(original);
      }).join(''),
  };
  fallbacks.set(pdf, fallback);
  return fallback;
}

/** Splits a line into runs of ordinary text and runs of stand-ins. */
export function splitRuns(line: string, isStandIn: (code: number) => boolean): Array<{ text: string; isEmoji: boolean }> {
  const runs: Array<{ text: string; isEmoji: boolean }> = [];
  for (const character of line) {
    const isEmoji = isStandIn(character.charCodeAt(0));
    const last = runs[runs.length - 1];
    if (last && last.isEmoji === isEmoji) last.text += character;
    else runs.push({ text: character, isEmoji });
  }
  return runs;
}

type TextOptions = { align?: string; maxWidth?: number } & Record<string, unknown>;

/** Wraps this PDF's `text` so a line holding stand-ins is drawn run by run, emoji in the emoji font. */
function drawStandInsInEmojiFont(pdf: jsPDF, isStandIn: (code: number) => boolean): void {
  const drawText = pdf.text.bind(pdf) as (text: string | string[], x: number, y: number, options?: TextOptions, transform?: unknown) => jsPDF;
  const hasStandIn = (line: string) => Array.from(line).some((character) => isStandIn(character.charCodeAt(0)));

  const drawLine = (line: string, x: number, y: number, options: TextOptions | undefined) => {
    const width = pdf.getTextWidth(line);
    let left = options?.align === 'center' ? x - width / 2 : options?.align === 'right' ? x - width : x;
    const { align: _align, maxWidth: _maxWidth, ...runOptions } = options ?? {};
    const { fontName, fontStyle } = pdf.getFont();
    for (const run of splitRuns(line, isStandIn)) {
      if (run.isEmoji) pdf.setFont(EMOJI_FONT, 'normal');
      drawText(run.text, left, y, runOptions);
      left += pdf.getTextWidth(run.text);
      if (run.isEmoji) pdf.setFont(fontName, fontStyle);
    }
  };

  (pdf as { text: unknown }).text = (text: string | string[], x: number, y: number, options?: TextOptions, transform?: unknown) => {
    const lines = typeof text === 'string' ? text.split(/\r\n|\r|\n/) : Array.isArray(text) ? text : null;
    if (!lines || !lines.some((line) => typeof line === 'string' && hasStandIn(line))) return drawText(text, x, y, options, transform);
    const leading = (pdf.getLineHeightFactor() * pdf.getFontSize()) / pdf.internal.scaleFactor;
    lines.forEach((line, index) => {
      if (hasStandIn(line)) drawLine(line, x, y + index * leading, options);
      else drawText(line, x, y + index * leading, options);
    });
    return pdf;
  };
}

const hex4 = (value: number) => value.toString(16).padStart(4, '0');

/** A ToUnicode map from glyph ids to text, in UTF-16 so emoji beyond U+FFFF come out whole. */
export function toUnicodeCmap(glyphToCode: Record<number, number>, realCode: (code: number) => number): string {
  const entries = Object.keys(glyphToCode)
    .map(Number)
    .sort((a, b) => a - b)
    .map((glyph) => {
      const text = String.fromCodePoint(realCode(glyphToCode[glyph] ?? 0));
      const units = Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('');
      return `<${hex4(glyph)}><${units}>`;
    });
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    chunks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const pdfArray = (value: unknown): string => (Array.isArray(value) ? `[${value.map(pdfArray).join(' ')}]` : String(value));

/**
 * Writes the emoji font as jsPDF writes any Unicode font (a subset, Identity-H), but with a
 * ToUnicode map to the real emoji: jsPDF's own maps only units below U+FFFF, the stand-ins here.
 * jsPDF's writer is kept off this font by giving it another encoding name while the file is built.
 */
function writeEmojiFontWithRealText(pdf: jsPDF, emojiFont: PdfFont, realCode: (code: number) => number): void {
  const events = (pdf.internal as unknown as { events: Events }).events;
  events.subscribe('buildDocument', () => {
    emojiFont.encoding = 'Identity-H-emoji';
  });
  events.subscribe('postPutResources', () => {
    emojiFont.encoding = 'Identity-H';
  });
  events.subscribe('putFont', ({ font, out, newObject, putStream }: PutFontEvent) => {
    if (font.id !== emojiFont.id) return;
    const metadata = font.metadata;
    const name = font.fontName.replace(/[^A-Za-z0-9-]/g, '');
    const bytes = Uint8Array.from(metadata.subset.encode(metadata.glyIdsUsed, 1));
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const fontFile = newObject();
    putStream({ data: binary, addLength1: true, objectId: fontFile });
    out('endobj');
    const toUnicode = newObject();
    putStream({ data: toUnicodeCmap(metadata.toUnicode, realCode), addLength1: true, objectId: toUnicode });
    out('endobj');
    const descriptor = newObject();
    out(
      `<</Type /FontDescriptor /FontName /${name} /FontFile2 ${fontFile} 0 R /FontBBox ${pdfArray(metadata.bbox)} /Flags ${metadata.flags}` +
        ` /StemV ${metadata.stemV} /ItalicAngle ${metadata.italicAngle} /Ascent ${metadata.ascender} /Descent ${metadata.decender} /CapHeight ${metadata.capHeight}>>`,
    );
    out('endobj');
    const descendant = newObject();
    out(
      `<</Type /Font /BaseFont /${name} /FontDescriptor ${descriptor} 0 R /W ${pdfArray(metadata.Unicode.widths)} /CIDToGIDMap /Identity` +
        ' /DW 1000 /Subtype /CIDFontType2 /CIDSystemInfo <</Supplement 0 /Registry (Adobe) /Ordering (Identity-H)>>>>',
    );
    out('endobj');
    font.objectNumber = newObject();
    out(`<</Type /Font /Subtype /Type0 /ToUnicode ${toUnicode} 0 R /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${descendant} 0 R]>>`);
    out('endobj');
    font.isAlreadyPutted = true;
  });
}
