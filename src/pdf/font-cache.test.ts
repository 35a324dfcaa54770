// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it, vi } from 'vitest';
import { createPdf } from './render-pdf';
import { PDF_FONTS as fonts } from '../test-support/pdf-fonts';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** A one-line PDF with a fixed date and id, so two made alike are byte for byte the same. */
function onePagePdf(text: string): string {
  const pdf = createPdf(fonts);
  pdf.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  pdf.setFileId('0123456789ABCDEF0123456789ABCDEF');
  pdf.text(text, 20, 20);
  pdf.setFont(pdf.getFont().fontName, 'bold');
  pdf.text(`${text} (bold)`, 20, 30);
  return pdf.output();
}

describe('the PDF fonts, parsed once a session', () => {
  // One test: the cache lives for the module's life, as it does for a learner's session.
  it('parses each DejaVu face once however many PDFs are made, and no PDF carries another’s glyphs', () => {
    const parse = vi.spyOn((jsPDF.API as unknown as { TTFFont: { open: (file: Uint8Array) => unknown } }).TTFFont, 'open');
    const first = onePagePdf('Łukasz Żółć');
    expect(parse).toHaveBeenCalledTimes(2);
    const other = onePagePdf('Zoë Fontaine and José Álvarez · 12,345');
    const again = onePagePdf('Łukasz Żółć');
    // Registered three times over, parsed only the first time: regular and bold once each.
    expect(parse).toHaveBeenCalledTimes(2);
    // The same document made after another is the same file: nothing of the other one's text
    // (its glyphs, widths or character map) leaked into it.
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    parse.mockRestore();

    if (!hasPdftotext) return;
    const dir = mkdtempSync(join(tmpdir(), 'font-cache-'));
    const readBack = (pdf: string, name: string) => {
      writeFileSync(join(dir, name), Buffer.from(pdf, 'binary'));
      return spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, name), '-'], { encoding: 'utf8' }).stdout;
    };
    expect(readBack(other, 'other.pdf')).toContain('Zoë Fontaine and José Álvarez · 12,345');
    expect(readBack(again, 'again.pdf')).toContain('Łukasz Żółć (bold)');
  });
});
