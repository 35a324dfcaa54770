/**
 * Turns an EvidenceDocument into an A4 evidence PDF for the learner's portfolio.
 *
 * Everything is drawn as text and vector shapes in an embedded Unicode font (DejaVu Sans), so the
 * PDF is searchable, its text can be selected, and learners' names in any European script (and
 * Arabic) print correctly. Layout is a simple top-to-bottom flow with a cursor (flow.ts);
 * jspdf-autotable does the tables, and everything else breaks across pages in its own drawer:
 * blocks/ for the worksheet's content, sections.ts and panels.ts around it, furniture.ts on every
 * page, with the arithmetic of each decision in layout.ts.
 */
import { jsPDF } from 'jspdf';
import { drawBlock } from './blocks/draw-block';
import type { EvidenceDocument } from './evidence-document';
import { emojiFallbackFor, installEmojiFallback, mayNeedEmojiFont } from './emoji-text';
import { loadPdfFonts, type PdfFonts } from './fonts';
import { parseFontsOncePerSession } from './font-cache';
import { documentFurniture, drawRunningHeadersAndFooters, drawWorkedExampleMarks, drawWorkedExampleNotice } from './furniture';
import { CONTENT_TOP, FONT, type Cursor } from './page-style';
import type { PageRange } from './page-range';
import { drawChecklist, drawCriteria, drawDeclaration, drawDocumentTitle, drawLearnerDetails } from './sections';
import { mapStrings, replaceMissingGlyphs, singleLine } from './text';

export type { PdfFonts } from './fonts';

/** Draws the whole evidence document. Pure apart from jsPDF: fonts are passed in as base64 TTF data. */
export function buildEvidencePdf(doc: EvidenceDocument, fonts: PdfFonts): jsPDF {
  const pdf = createPdf(fonts);
  doc = withMissingGlyphsMarked(doc, pdf);
  setPdfProperties(pdf, {
    title: `${doc.worksheetTitle} – ${doc.documentName}`,
    subject: `Unit ${doc.unit.code}: ${doc.unit.title}`,
    author: doc.learner.name,
  });
  drawEvidenceDocument(pdf, doc, { startOnNewPage: false });
  drawRunningHeadersAndFooters(pdf, () => documentFurniture(doc));
  if (doc.workedExampleNotice) drawWorkedExampleMarks(pdf);
  return pdf;
}

/** An empty A4 PDF with the embedded fonts registered. */
export function createPdf(fonts: PdfFonts): jsPDF {
  // Before the document is made: a jsPDF document takes the font handlers there are at its birth.
  parseFontsOncePerSession(TEXT_FONT_FILES);
  // putOnlyUsedFonts: no entries for jsPDF's 14 standard fonts, which no PDF of ours draws in.
  const pdf = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerFonts(pdf, fonts);
  return pdf;
}

/**
 * Draws one evidence document (its strings already passed through withMissingGlyphsMarked) from
 * the top of a page: a new page at the end, or, with `startOnNewPage` false, the PDF's current
 * page, which must still be blank (a new PDF's first). Returns the first and last page it took, as
 * numbered in this PDF. The running header and footer are left to the caller, who knows the total.
 */
export function drawEvidenceDocument(pdf: jsPDF, doc: EvidenceDocument, { startOnNewPage }: { startOnNewPage: boolean }): PageRange {
  if (startOnNewPage) pdf.addPage('a4', 'portrait');
  const first = pdf.getNumberOfPages();
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawDocumentTitle(cursor, doc);
  if (doc.workedExampleNotice) drawWorkedExampleNotice(cursor, doc.workedExampleNotice);
  drawLearnerDetails(cursor, doc.learner, doc.date, doc.completedOn);
  drawCriteria(cursor, doc);
  doc.blocks.forEach((block, index) => drawBlock(cursor, block, doc.blocks[index + 1]));
  drawChecklist(cursor, doc.checklist);
  drawDeclaration(cursor, doc.learner);
  return { first, last: pdf.getNumberOfPages() };
}

/** Loads the fonts (once per session) and returns the finished PDF. */
export async function renderEvidencePdf(doc: EvidenceDocument): Promise<Blob> {
  const fonts = await loadPdfFonts({ withEmoji: mayNeedEmojiFont(doc) });
  return buildEvidencePdf(doc, fonts).output('blob');
}

/** The text fonts' names in each document's virtual file system, parsed once a session (font-cache.ts). */
const TEXT_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

function registerFonts(pdf: jsPDF, fonts: PdfFonts): void {
  const [regularFile, boldFile] = TEXT_FONT_FILES;
  pdf.addFileToVFS(regularFile, fonts.regular);
  pdf.addFont(regularFile, FONT, 'normal');
  pdf.addFileToVFS(boldFile, fonts.bold);
  pdf.addFont(boldFile, FONT, 'bold');
  // Emoji the learner typed print from a second font (see emoji-text.ts), when the text has any.
  if (fonts.emoji) installEmojiFallback(pdf, fonts.emoji, FONT, ['normal', 'bold']);
  pdf.setFont(FONT, 'normal');
}

/**
 * The PDF's title, subject and author as a viewer lists them: one line each, with emoji stand-ins
 * turned back into the emoji (metadata is not drawn in our fonts).
 */
export function setPdfProperties(pdf: jsPDF, { title, subject, author }: { title: string; subject: string; author: string }): void {
  const plain = (text: string) => emojiFallbackFor(pdf)?.restore(text) ?? text;
  pdf.setProperties({
    title: plain(singleLine(title)),
    subject: plain(singleLine(subject)),
    author: plain(singleLine(author)),
    creator: 'Coursework Toolkit',
  });
  pdf.setLanguage('en-GB');
}

/** The document (or pack) with every string passed through replaceMissingGlyphs for the embedded fonts. */
export function withMissingGlyphsMarked<T>(doc: T, pdf: jsPDF): T {
  type FontWithCmap = { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } };
  // registerFonts leaves the regular face current; the bold face covers the same characters.
  const codeMap = (pdf.getFont() as unknown as FontWithCmap).metadata?.cmap?.unicode?.codeMap;
  if (codeMap === undefined) return doc;
  const emoji = emojiFallbackFor(pdf);
  return mapStrings(doc, (text) =>
    replaceMissingGlyphs(text, (codePoint) => codeMap[codePoint] !== undefined, emoji && ((codePoint) => emoji.standIn(codePoint))),
  );
}
