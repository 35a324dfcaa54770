import { jsPDF } from 'jspdf';
import { describe, expect, it, vi } from 'vitest';
import { PDF_FONTS } from '../test-support/pdf-fonts';
import { drawTable, withFontListReadOnce } from './autotable';
import { CONTENT_TOP, FONT } from './page-style';

/** A PDF with the house fonts, as render-pdf's createPdf makes it. */
function createPdf(): jsPDF {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS('DejaVuSans.ttf', PDF_FONTS.regular);
  pdf.addFont('DejaVuSans.ttf', FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', PDF_FONTS.bold);
  pdf.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  pdf.setFont(FONT, 'normal');
  return pdf;
}

const rows = Array.from({ length: 40 }, (_, i) => [`Row ${i + 1}`, 'A longer answer that wraps across the cell more than once, to be measured and drawn.']);

describe('drawTable', () => {
  it("reads the PDF's font list once a table, not once a cell", () => {
    const pdf = createPdf();
    const getFontList = vi.spyOn(pdf, 'getFontList');
    drawTable({ pdf, y: CONTENT_TOP }, { head: [['Question', 'Answer']], body: rows, columnStyles: { 0: { fontStyle: 'bold' } } });
    expect(pdf.getNumberOfPages()).toBeGreaterThan(1);
    expect(getFontList).toHaveBeenCalledTimes(1);
    // The PDF's own method is back for whatever comes next.
    expect(pdf.getFontList).toBe(getFontList);
  });
});

describe('withFontListReadOnce', () => {
  it("gives the same fonts as the PDF's own list, and puts the method back even when drawing fails", () => {
    const pdf = createPdf();
    const own = pdf.getFontList;
    const expected = pdf.getFontList();
    let seen: unknown;
    expect(() =>
      withFontListReadOnce(pdf, () => {
        seen = pdf.getFontList();
        throw new Error('drawing failed');
      }),
    ).toThrow('drawing failed');
    expect(seen).toEqual(expected);
    expect(pdf.getFontList).toBe(own);
  });
});
