/**
 * The text fonts the app's PDFs embed (src/pdf/fonts, made by scripts/make-pdf-fonts.sh), read from
 * disk for tests that build real PDFs in Node, as fonts.ts fetches them in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfFonts } from '../pdf/fonts';

export const PDF_FONT_DIR = join(process.cwd(), 'src/pdf/fonts');

export const readPdfFont = (file: 'DejaVuSans-pdf.ttf' | 'DejaVuSans-Bold-pdf.ttf'): Buffer => readFileSync(join(PDF_FONT_DIR, file));

export const PDF_FONTS: PdfFonts = {
  regular: readPdfFont('DejaVuSans-pdf.ttf').toString('base64'),
  bold: readPdfFont('DejaVuSans-Bold-pdf.ttf').toString('base64'),
};
