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
import type { RowInput } from 'jspdf-autotable';
import {
  buildEvidenceIndex,
  documentOnPage,
  formatPageRange,
  layOutPack,
  packContents,
  unitsInIndex,
  type EvidenceIndexRow,
  type FrontMatterPages,
  type PackLayout,
  type PageRange,
  type PortfolioPack,
} from '../portfolio/pack';
import { drawTable } from './autotable';
import { drawBlock } from './blocks/draw-block';
import type { EvidenceDocument, LearnerDetails } from './evidence-document';
import { emojiFallbackFor, installEmojiFallback, mayNeedEmojiFont } from './emoji-text';
import { loadPdfFonts, type PdfFonts } from './fonts';
import { addGap, drawHeading, drawWrapped, ensureSpace } from './flow';
import {
  documentFurniture,
  drawRunningHeadersAndFooters,
  drawWorkedExampleMarks,
  drawWorkedExampleNotice,
  type PageFurniture,
} from './furniture';
import { CONTENT_TOP, FONT, LABEL_FILL, MUTED, NAVY, NOT_GIVEN, type Cursor } from './page-style';
import { layOutPanel, type PanelSpec } from './panels';
import { drawChecklist, drawCriteria, drawDeclaration, drawDocumentTitle, drawLearnerDetails, drawTitleBlock } from './sections';
import { cleanText, isBlank, mapStrings, replaceMissingGlyphs, singleLine } from './text';

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
  const pdf = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
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
  drawLearnerDetails(cursor, doc.learner, doc.date);
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

function registerFonts(pdf: jsPDF, fonts: PdfFonts): void {
  pdf.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  pdf.addFont('DejaVuSans.ttf', FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  pdf.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
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

// ---------------------------------------------------------------------------------------------
// Portfolio pack: a cover, the evidence index, the chosen documents, then the declarations
// ---------------------------------------------------------------------------------------------

const PACK_TITLE = 'Portfolio of evidence';
/** The cover and index settle in one or two tries (only the widths of page numbers can change them). */
const MAX_FRONT_MATTER_TRIES = 5;
const PACK_LEARNER_DECLARATION =
  'I confirm that the evidence in this portfolio is my own work, that it is authentic and current, and that the evidence index shows where the evidence for each assessment criterion is.';
const PACK_ASSESSOR_DECLARATION =
  'I confirm that I have assessed the evidence in this portfolio against the assessment criteria in the evidence index, that it is attached and mapped to them, and that I am satisfied the learner has met the requirements of the units I sign off in the achievement log.';
/** The pack's declarations have a name and a number on one row, so their right-hand column is wider than a document's. */
const PACK_NARROW_COLUMN = { at: 0.66, width: 0.34 };

export type PortfolioPdf = { pdf: jsPDF; layout: PackLayout; index: EvidenceIndexRow[] };

/**
 * Draws a portfolio pack as one PDF, with every page numbered across the whole pack. The body (the
 * documents, each from a new page, then the declarations) is drawn first, so its length is known;
 * the cover and the index are then drawn after it with page numbers for their final place, and
 * moved to the front. If they took a different number of pages than those numbers assumed, they
 * are drawn again with the new count, so the index always names the pages as printed.
 */
export function buildPortfolioPdf(pack: PortfolioPack, fonts: PdfFonts): PortfolioPdf {
  const pdf = createPdf(fonts);
  pack = withMissingGlyphsMarked(pack, pdf);

  const bodyDocuments = pack.documents.map((doc, index) => drawEvidenceDocument(pdf, doc, { startOnNewPage: index > 0 }));
  if (pack.documents.length > 0) pdf.addPage('a4', 'portrait');
  const bodyDeclarations = drawPackDeclarations(pdf, pack.learner);
  const bodyPages = pdf.getNumberOfPages();

  let frontMatter: FrontMatterPages = { cover: 1, index: 1 };
  for (let tries = 1; ; tries += 1) {
    const layout = layOutPack(frontMatter, bodyDocuments, bodyDeclarations);
    const index = buildEvidenceIndex(pack.documents, layout.documents);
    const units = unitsInIndex(index);
    pdf.addPage('a4', 'portrait');
    drawPackCover(pdf, pack, layout, units);
    const coverEnd = pdf.getNumberOfPages();
    pdf.addPage('a4', 'portrait');
    drawEvidenceIndex(pdf, index);
    const drawn: FrontMatterPages = { cover: coverEnd - bodyPages, index: pdf.getNumberOfPages() - coverEnd };

    if (drawn.cover === frontMatter.cover && drawn.index === frontMatter.index) {
      for (let page = 1; page <= drawn.cover + drawn.index; page += 1) pdf.movePage(bodyPages + page, page);
      const packPages = packFurniture(pack, units);
      drawRunningHeadersAndFooters(pdf, (page) => {
        const doc = pack.documents[documentOnPage(layout, page)];
        return doc ? documentFurniture(doc) : packPages;
      });
      setPdfProperties(pdf, {
        title: `${PACK_TITLE} – ${pack.learner.name || NOT_GIVEN}`,
        subject: units.length > 0 ? `Units ${unitList(units)}` : PACK_TITLE,
        author: pack.learner.name,
      });
      return { pdf, layout, index };
    }
    if (tries >= MAX_FRONT_MATTER_TRIES) throw new Error('The portfolio pack’s page numbers could not be settled.');
    for (let page = pdf.getNumberOfPages(); page > bodyPages; page -= 1) pdf.deletePage(page);
    frontMatter = drawn;
  }
}

/** Loads the fonts (once per session) and returns the finished pack with where everything is in it. */
export async function renderPortfolioPdf(pack: PortfolioPack): Promise<{ blob: Blob; layout: PackLayout; index: EvidenceIndexRow[] }> {
  const fonts = await loadPdfFonts({ withEmoji: mayNeedEmojiFont(pack) });
  const { pdf, layout, index } = buildPortfolioPdf(pack, fonts);
  return { blob: pdf.output('blob'), layout, index };
}

function unitList(units: Array<{ code: string }>): string {
  return units.map((unit) => singleLine(unit.code)).join(', ');
}

function packFurniture(pack: PortfolioPack, units: Array<{ code: string }>): PageFurniture {
  const header = units.length > 0 ? `${PACK_TITLE} · Units ${unitList(units)}` : PACK_TITLE;
  return { header, learnerName: pack.learner.name, date: pack.date };
}

function drawPackCover(pdf: jsPDF, pack: PortfolioPack, layout: PackLayout, units: Array<{ code: string; title: string }>): void {
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawTitleBlock(cursor, {
    title: PACK_TITLE,
    subtitle: isBlank(pack.learner.name) ? undefined : singleLine(pack.learner.name),
    detail: units.length === 0 ? 'No units evidenced yet.' : `Units evidenced: ${units.map((unit) => singleLine(`${unit.code} ${unit.title}`)).join('; ')}`,
  });

  drawLearnerDetails(cursor, pack.learner, pack.date);
  drawHeading(cursor, 'Contents');
  drawTable(cursor, {
    head: [['Section', 'Unit', 'Pages']],
    body: packContents(pack.documents, layout).map((entry) => [
      cleanText(entry.title).trim(),
      singleLine(entry.unit),
      formatPageRange(entry.pages),
    ]),
    columnStyles: { 1: { cellWidth: 34 }, 2: { cellWidth: 22, fontStyle: 'bold', textColor: NAVY } },
  });
  addGap(cursor, 3);
  drawWrapped(
    cursor,
    `Pages are numbered across the whole pack, as in each page's footer ("Page X of ${layout.totalPages}") and a PDF viewer. The evidence index on page ${layout.index.first} gives the pages that evidence each assessment criterion, for the achievement log.`,
    { size: 9.5, colour: MUTED },
  );
}

function drawEvidenceIndex(pdf: jsPDF, rows: EvidenceIndexRow[]): void {
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawHeading(cursor, 'Evidence index');
  drawWrapped(
    cursor,
    'Each assessment criterion (AC) of the documents in this pack, by unit, with the document and pages that evidence it: the location of the evidence for the achievement log.',
    { size: 9.5, colour: MUTED },
  );
  cursor.y += 2;
  if (rows.length === 0) {
    drawWrapped(cursor, 'The documents in this pack name no assessment criteria.', { size: 10, colour: MUTED });
    return;
  }
  const body: RowInput[] = [];
  rows.forEach((row, index) => {
    if (rows[index - 1]?.unitCode !== row.unitCode) {
      const title = isBlank(row.unitTitle) ? `Unit ${singleLine(row.unitCode)}` : `Unit ${singleLine(row.unitCode)}: ${singleLine(row.unitTitle)}`;
      body.push([{ content: title, colSpan: 5, styles: { fontStyle: 'bold', textColor: NAVY, fillColor: LABEL_FILL } }]);
    }
    const name = singleLine(row.documentName);
    const distinctName = isBlank(name) || name.toLowerCase() === singleLine(row.worksheetTitle).toLowerCase() ? '' : `\n${name}`;
    body.push([
      singleLine(row.unitCode),
      singleLine(row.criterionCode),
      cleanText(row.criterionText).trim(),
      `${singleLine(row.worksheetTitle)}${distinctName}`,
      formatPageRange(row.pages),
    ]);
  });
  drawTable(cursor, {
    head: [['Unit', 'AC', 'Assessment criterion', 'Evidence', 'Pages']],
    body,
    alternateRowStyles: {},
    columnStyles: {
      0: { cellWidth: 15 },
      1: { cellWidth: 12, fontStyle: 'bold', textColor: NAVY },
      3: { cellWidth: 56 },
      4: { cellWidth: 17, fontStyle: 'bold', textColor: NAVY },
    },
  });
}

/** A declaration with its write-on lines and a comments box, kept whole on one page. */
function drawSignedPanel(cursor: Cursor, spec: PanelSpec): void {
  const panel = layOutPanel(cursor.pdf, spec);
  ensureSpace(cursor, panel.height);
  panel.draw(cursor);
}

/** The pack's last page: the learner's and the assessor's declarations for the whole portfolio. */
function drawPackDeclarations(pdf: jsPDF, learner: LearnerDetails): PageRange {
  const first = pdf.getNumberOfPages();
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawHeading(cursor, 'Declarations');
  drawWrapped(
    cursor,
    'To be completed by the learner and the assessor once the evidence for every assessment criterion in the evidence index has been assessed.',
    { size: 9.5, colour: MUTED },
  );
  cursor.y += 3;
  drawSignedPanel(cursor, {
    title: 'Learner declaration',
    narrowColumn: PACK_NARROW_COLUMN,
    parts: [
      { kind: 'text', text: PACK_LEARNER_DECLARATION },
      { kind: 'writeOn', wide: { label: 'Learner name', prefill: learner.name }, narrow: { label: 'Learner no.', prefill: learner.learnerNumber } },
      { kind: 'writeOn', wide: { label: 'Learner signature' }, narrow: { label: 'Date' } },
      { kind: 'comments' },
    ],
  });
  cursor.y += 5;
  drawSignedPanel(cursor, {
    title: 'Assessor declaration',
    narrowColumn: PACK_NARROW_COLUMN,
    parts: [
      { kind: 'text', text: PACK_ASSESSOR_DECLARATION },
      { kind: 'writeOn', wide: { label: 'Assessor name', prefill: learner.assessor } },
      { kind: 'writeOn', wide: { label: 'Assessor signature' }, narrow: { label: 'Date' } },
      { kind: 'comments' },
    ],
  });
  return { first, last: pdf.getNumberOfPages() };
}
