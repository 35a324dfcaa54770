// @vitest-environment node
/**
 * The quick font-file writer makes what jsPDF's own makes, byte for byte: for any tables, and for
 * the subsets of the real DejaVu faces a PDF embeds.
 */
import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { readPdfFont } from '../test-support/pdf-fonts';
import { encodeFontFile, writeFontFilesQuickly, type ParsedTrueType } from './font-file';

type Font = ParsedTrueType & {
  cmap: { unicode: { codeMap: Record<number, number> } };
  subset: { encode: (glyphIds: number[], indexToLocFormat: number) => ArrayLike<number> };
};
const { TTFFont } = jsPDF.API as unknown as { TTFFont: { open(file: Uint8Array): Font } };
const parse = (file: 'DejaVuSans-pdf.ttf' | 'DejaVuSans-Bold-pdf.ttf') => TTFFont.open(new Uint8Array(readPdfFont(file)));

describe('encodeFontFile', () => {
  const jspdfsOwn = parse('DejaVuSans-pdf.ttf').directory;
  const table = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 41 });
  const tag = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzOS/2 '), minLength: 4, maxLength: 4 });

  // With a head table, as every subset has (jsPDF's writer puts the checksum adjustment in it).
  it('writes what jsPDF’s Directory.encode writes, for any tables and head table', () => {
    const head = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 54, maxLength: 54 });
    fc.assert(
      fc.property(fc.dictionary(tag, table, { maxKeys: 12 }), head, fc.nat(12), (tables, headTable, at) => {
        // The head table anywhere in the order.
        const entries = Object.entries(tables).filter(([name]) => name !== 'head');
        entries.splice(Math.min(at, entries.length), 0, ['head', headTable]);
        const all = Object.fromEntries(entries);
        // jsPDF's writer reads the tables it is given as it goes; give each writer its own copy.
        const copy = () => Object.fromEntries(Object.entries(all).map(([name, bytes]) => [name, [...bytes]]));
        expect(Array.from(encodeFontFile(jspdfsOwn.scalarType, copy()))).toEqual(Array.from(jspdfsOwn.encode(copy())));
      }),
    );
  });
});

describe.each(['DejaVuSans-pdf.ttf', 'DejaVuSans-Bold-pdf.ttf'] as const)('%s written quickly', (file) => {
  it('embeds the same font file as jsPDF, for the glyphs of a document', () => {
    const plain = parse(file);
    const quick = parse(file);
    writeFontFilesQuickly(quick);
    const text = 'Łukasz Żółć, Nguyễn Thị Minh Khai, محمد علي: 12,345 — “Page 1 of 3” · ½ €';
    const glyphs = [0, ...new Set(Array.from(text, (character) => plain.cmap.unicode.codeMap[character.codePointAt(0)!] ?? 0))];
    const expected = Array.from(plain.subset.encode([...glyphs], 1));
    expect(Array.from(quick.subset.encode([...glyphs], 1))).toEqual(expected);
    // Again, from the tables it read the first time.
    expect(Array.from(quick.subset.encode([...glyphs], 1))).toEqual(expected);
  });
});
