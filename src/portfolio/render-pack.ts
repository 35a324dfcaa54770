/**
 * Draws a portfolio pack (pack.ts) as one PDF: a cover, the evidence index, the chosen documents
 * each exactly as its single export, then the declarations for the whole pack. The drawing parts
 * come from pdf/; the pack's own pages are drawn here, so pdf/ knows nothing of portfolios.
 */
import type { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import { drawTable } from '../pdf/autotable';
import type { LearnerDetails } from '../lib/evidence-types';
import { mayNeedEmojiFont } from '../pdf/emoji-text';
import { addGap, drawHeading, drawWrapped, ensureSpace } from '../pdf/flow';
import { loadPdfFonts, type PdfFonts } from '../pdf/fonts';
import { documentFurniture, drawRunningHeadersAndFooters, drawWorkedExampleMarks, drawWorkedExampleNotice, type PageFurniture } from '../pdf/furniture';
import { CONTENT_TOP, LABEL_FILL, MUTED, NAVY, NOT_GIVEN, type Cursor } from '../pdf/page-style';
import type { PageRange } from '../pdf/page-range';
import { layOutPanel, type PanelSpec } from '../pdf/panels';
import { createPdf, drawEvidenceDocument, setPdfProperties, withMissingGlyphsMarked } from '../pdf/render-pdf';
import { drawLearnerDetails, drawTitleBlock } from '../pdf/sections';
import { cleanText, isBlank, singleLine } from '../pdf/text';
import { buildQualificationLog, buildUnitLog } from '../achievement/achievement-log';
import { drawAttachmentPages, readAttachedPdfs, stampAttachedPdfPages, type PdfPlacement } from './attachment-pages';
import { attachmentListRows, logsWithAttachments, withAttachmentRows, type AttachmentListRow, type PackAttachment } from './pack-attachments';
import { drawLogParts, type LogPart } from '../achievement/render-log';
import { UNITS } from '../achievement/units';
import { outlineOf } from '../lib/spec/outlines';
import {
  buildEvidenceIndex,
  documentLabel,
  documentOnPage,
  formatPageRange,
  layOutPack,
  packContents,
  unitsInIndex,
  type EvidenceIndexRow,
  type FrontMatterPages,
  type PackLayout,
  type PortfolioPack,
} from './pack';

const PACK_TITLE = 'Portfolio of evidence';
/** The cover and index settle in one or two tries (only the widths of page numbers can change them). */
const MAX_FRONT_MATTER_TRIES = 5;
const PACK_LEARNER_DECLARATION =
  'I confirm that the evidence in this portfolio is my own work, that it is authentic and current, and that the evidence index shows where the evidence for each assessment criterion is.';
const PACK_ASSESSOR_DECLARATION =
  'I confirm that I have assessed the evidence in this portfolio against the assessment criteria in the evidence index, that it is attached and mapped to them, and that I am satisfied the learner has met the requirements of the units I sign off in the achievement log.';
/** The pack's declarations have a name and a number on one row, so their right-hand column is wider than a document's. */
const PACK_NARROW_COLUMN = { at: 0.66, width: 0.34 };

export type PortfolioPdf = { pdf: jsPDF; layout: PackLayout; index: EvidenceIndexRow[]; placements: PdfPlacement[]; frontPages: number };

/**
 * Draws a portfolio pack as one PDF, with every page numbered across the whole pack. The body (the
 * documents, each from a new page, then the declarations) is drawn first, so its length is known;
 * the cover and the index are then drawn after it with page numbers for their final place, and
 * moved to the front. If they took a different number of pages than those numbers assumed, they
 * are drawn again with the new count, so the index always names the pages as printed.
 */
export function buildPortfolioPdf(pack: PortfolioPack, fonts: PdfFonts, givenAttachments: PackAttachment[] = []): PortfolioPdf {
  const pdf = createPdf(fonts);
  pack = withMissingGlyphsMarked(pack, pdf);

  // Each document's supporting evidence follows its own pages (attachment-pages.ts).
  const attachments = [...givenAttachments]
    .sort((a, b) => a.documentIndex - b.documentIndex)
    .map((attachment) => ({ ...attachment, meta: withMissingGlyphsMarked(attachment.meta, pdf) }));
  const placements: PdfPlacement[] = [];
  const bodyAttachments: PageRange[] = [];
  const bodyDocuments = pack.documents.map((doc, index) => {
    const range = drawEvidenceDocument(pdf, doc, { startOnNewPage: index > 0 });
    bodyAttachments.push(...drawAttachmentPages(pdf, attachments.filter((attachment) => attachment.documentIndex === index), placements));
    return range;
  });
  if (pack.documents.length > 0) pdf.addPage('a4', 'portrait');
  const bodyDeclarations = drawPackDeclarations(pdf, pack.learner);
  const bodyPages = pdf.getNumberOfPages();

  const hasLogs = pack.logs !== undefined && pack.logs.claims.length > 0;
  let frontMatter: FrontMatterPages = { cover: 1, index: 1, logs: hasLogs ? 1 : 0 };
  for (let tries = 1; ; tries += 1) {
    const layout = layOutPack(frontMatter, bodyDocuments, bodyDeclarations, bodyAttachments);
    const index = withAttachmentRows(buildEvidenceIndex(pack.documents, layout.documents), pack.documents, attachments, layout.attachments);
    const attachmentList = attachmentListRows(pack.documents, attachments, layout.attachments, (doc) => documentLabel(doc.worksheetTitle, doc.documentName));
    const units = unitsInIndex(index);
    pdf.addPage('a4', 'portrait');
    drawPackCover(pdf, pack, layout, units);
    const coverEnd = pdf.getNumberOfPages();
    pdf.addPage('a4', 'portrait');
    drawEvidenceIndex(pdf, index, attachmentList);
    const indexEnd = pdf.getNumberOfPages();
    if (hasLogs && pack.logs) drawLogParts(pdf, packLogParts(pack.logs, layout, { documents: pack.documents, attachments }), pack.learner, pack.date, { startOnNewPage: true });
    const drawn: FrontMatterPages = { cover: coverEnd - bodyPages, index: indexEnd - coverEnd, logs: pdf.getNumberOfPages() - indexEnd };

    if (drawn.cover === frontMatter.cover && drawn.index === frontMatter.index && drawn.logs === frontMatter.logs) {
      const frontPages = drawn.cover + drawn.index + (drawn.logs ?? 0);
      for (let page = 1; page <= frontPages; page += 1) pdf.movePage(bodyPages + page, page);
      const packPages = packFurniture(pack, units);
      drawRunningHeadersAndFooters(pdf, (page) => {
        const doc = pack.documents[documentOnPage(layout, page)];
        return doc ? documentFurniture(doc) : packPages;
      });
      pack.documents.forEach((doc, documentIndex) => {
        const pages = layout.documents[documentIndex];
        if (doc.workedExampleNotice && pages) drawWorkedExampleMarks(pdf, pages);
      });
      setPdfProperties(pdf, {
        title: `${PACK_TITLE} – ${pack.learner.name || NOT_GIVEN}`,
        subject: units.length > 0 ? `Units ${unitList(units)}` : PACK_TITLE,
        author: pack.learner.name,
      });
      return { pdf, layout, index, placements, frontPages };
    }
    if (tries >= MAX_FRONT_MATTER_TRIES) throw new Error('The portfolio pack’s page numbers could not be settled.');
    for (let page = pdf.getNumberOfPages(); page > bodyPages; page -= 1) pdf.deletePage(page);
    frontMatter = drawn;
  }
}

/**
 * The pack's achievement logs: the qualification's, then the log of each unit the pack's documents
 * claim AC of, in the catalogue's order, each location carrying its document's pages in the pack.
 */
export function packLogParts(
  logs: NonNullable<PortfolioPack['logs']>,
  layout: PackLayout,
  supporting: { documents: PortfolioPack['documents']; attachments: PackAttachment[] } = { documents: [], attachments: [] },
): LogPart[] {
  const pagesOf = (documentId: string) => {
    const position = logs.documentIds.indexOf(documentId);
    return position < 0 ? undefined : layout.documents[position];
  };
  const claimed = new Set(logs.claims.map((claim) => claim.unitCode));
  const builtLogs = UNITS.filter((unit) => claimed.has(unit.code)).flatMap((unit) => {
    const outline = outlineOf(unit.code);
    return outline ? [buildUnitLog(outline, logs.claims, pagesOf)] : [];
  });
  // An AC's location also names the attachments that support it, with their pages.
  const unitLogs = logsWithAttachments(builtLogs, supporting.documents, supporting.attachments, layout.attachments, logs.documentIds);
  return [{ kind: 'qualification', log: buildQualificationLog(logs.unitStatuses, unitLogs) }, ...unitLogs.map((log): LogPart => ({ kind: 'unit', log }))];
}

/** Loads the fonts (once per session) and returns the finished pack with where everything is in it. */
export async function renderPortfolioPdf(pack: PortfolioPack, attachments: PackAttachment[] = []): Promise<{ blob: Blob; layout: PackLayout; index: EvidenceIndexRow[] }> {
  const fonts = await loadPdfFonts({ withEmoji: mayNeedEmojiFont(pack) || mayNeedEmojiFont(attachments.map((attachment) => attachment.meta.caption)) });
  const { pdf, layout, index, placements, frontPages } = buildPortfolioPdf(pack, fonts, await readAttachedPdfs(attachments));
  if (placements.length === 0) return { blob: pdf.output('blob'), layout, index };
  // Attached PDFs' pages are placed on the pages saved for them (pdf-lib, loaded only now).
  const bytes = await stampAttachedPdfPages(pdf.output('arraybuffer'), placements, frontPages);
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), layout, index };
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

  const examples = pack.documents.filter((doc) => doc.workedExampleNotice).length;
  if (examples > 0) {
    drawWorkedExampleNotice(
      cursor,
      `${examples === 1 ? 'One document in this pack is' : `${examples} documents in this pack are`} still the toolkit’s worked example, not the learner’s own evidence. ${examples === 1 ? 'It is' : 'They are'} marked on every page, and the evidence index maps no assessment criterion to ${examples === 1 ? 'it' : 'them'}.`,
    );
  }
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

/** A page of the pack's own: its heading and a line on what it is for, on a fresh cursor. */
function startPage(pdf: jsPDF, heading: string, intro: string): Cursor {
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawHeading(cursor, heading);
  drawWrapped(cursor, intro, { size: 9.5, colour: MUTED });
  cursor.y += 2;
  return cursor;
}

function drawEvidenceIndex(pdf: jsPDF, rows: EvidenceIndexRow[], attachmentList: AttachmentListRow[]): void {
  const cursor = startPage(
    pdf,
    'Evidence index',
    'Each assessment criterion (AC) of the documents in this pack, by unit, with the document and pages that evidence it: the location of the evidence for the achievement log.',
  );
  if (rows.length === 0) {
    drawWrapped(cursor, 'The documents in this pack name no assessment criteria.', { size: 10, colour: MUTED });
    drawAttachmentList(cursor, attachmentList);
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
  drawAttachmentList(cursor, attachmentList);
}

/** Every attachment of the pack's documents: what it shows, the AC it supports, its date and pages. */
function drawAttachmentList(cursor: Cursor, rows: AttachmentListRow[]): void {
  if (rows.length === 0) return;
  drawHeading(cursor, 'Supporting evidence attached', 30);
  drawTable(cursor, {
    head: [['Caption', 'Document', 'AC', 'Date', 'Pages']],
    body: rows.map((row) => [`${cleanText(row.caption).trim()}\n${singleLine(row.fileName)}`, cleanText(row.documentLabel).trim(), singleLine(row.criterion), row.date, formatPageRange(row.pages)]),
    columnStyles: { 2: { cellWidth: 24 }, 3: { cellWidth: 26 }, 4: { cellWidth: 17, fontStyle: 'bold', textColor: NAVY } },
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
  const cursor = startPage(
    pdf,
    'Declarations',
    'To be completed by the learner and the assessor once the evidence for every assessment criterion in the evidence index has been assessed.',
  );
  cursor.y += 1;
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
