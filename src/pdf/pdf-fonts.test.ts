// @vitest-environment node
/**
 * The fonts the PDFs embed are DejaVu Sans made lighter by scripts/make-pdf-fonts.sh. Read through
 * jsPDF's own TrueType parser, each must map every character the original maps, to a glyph of the
 * same width (so text prints and wraps exactly as before), and must have lost the tables jsPDF would
 * copy into every PDF for nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { readPdfFont } from '../test-support/pdf-fonts';

type ParsedFont = {
  cmap: { unicode: { codeMap: Record<string, number> } };
  directory: { tables: Record<string, { length: number }> };
  widthOfGlyph(glyph: number): number;
};
// jsPDF's addFont hands the parser the file's bytes.
const { TTFFont } = jsPDF.API as unknown as { TTFFont: { open(file: Uint8Array): ParsedFont } };

const parse = (bytes: Buffer): ParsedFont => TTFFont.open(new Uint8Array(bytes));
const original = (file: string) => parse(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', file)));

describe.each([
  ['DejaVuSans.ttf', 'DejaVuSans-pdf.ttf'],
  ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold-pdf.ttf'],
] as const)('%s as the PDFs embed it', (from, made) => {
  const before = original(from);
  const after = parse(readPdfFont(made));

  it('maps every character the original maps, each to a glyph of the same width', () => {
    // U+0000 maps to the missing-glyph box in the original; it is no character, and text never has it.
    const codes = Object.keys(before.cmap.unicode.codeMap).filter((code) => code !== '0');
    expect(codes.length).toBeGreaterThan(5000);
    expect(Object.keys(after.cmap.unicode.codeMap).sort()).toEqual(codes.sort());
    for (const code of codes) {
      const widthBefore = before.widthOfGlyph(before.cmap.unicode.codeMap[code]!);
      expect(after.widthOfGlyph(after.cmap.unicode.codeMap[code]!), `U+${Number(code).toString(16)}`).toBe(widthBefore);
    }
  });

  it('has no glyph names, hinting or layout tables, which jsPDF would copy into every PDF', () => {
    expect(before.directory.tables.post!.length).toBeGreaterThan(50_000);
    expect(after.directory.tables.post!.length).toBeLessThan(100);
    for (const table of ['fpgm', 'prep', 'cvt ', 'GPOS', 'GSUB', 'kern']) expect(after.directory.tables[table]).toBeUndefined();
  });
});
