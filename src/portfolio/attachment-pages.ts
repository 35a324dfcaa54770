/**
 * Draws a document's supporting evidence into the pack, after the document's own pages: an image
 * scaled to fit its page with the caption beneath, a text document's words, and an attached PDF's
 * pages, each on a page of the pack numbered with the rest. jspdf lays out every page (so page
 * numbers, headers and footers come out right); the attached PDF's pages are then placed on their
 * pages by pdf-lib (stampAttachedPdfPages), which is loaded only when a pack has a PDF attached.
 */
import type { jsPDF } from 'jspdf';
import { lineHeight } from '../pdf/layout';
import { setType, wrapText } from '../pdf/measure';
import { drawHeading, drawWrapped, newPage } from '../pdf/flow';
import { CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN, MUTED, PAGE_HEIGHT, RULE, TEXT, type Cursor } from '../pdf/page-style';
import type { PageRange } from '../pdf/page-range';
import { withMissingGlyphsMarked } from '../pdf/render-pdf';
import { cleanText, singleLine } from '../pdf/text';
import { attachmentDetail, attachmentTitle, type PackAttachment } from './pack-attachments';

const MM_PER_PT = 25.4 / 72;
const CAPTION_SIZE = 10;

/** Where an attached PDF's page goes: a page of the pack (as numbered while the body is drawn) and a box in millimetres. */
export type PdfPlacement = { attachment: PackAttachment; sourcePage: number; bodyPage: number; box: { x: number; y: number; width: number; height: number } };

/** Reads each attached PDF's page sizes with pdf-lib (loaded here, only when there is one). */
export async function readAttachedPdfs(attachments: PackAttachment[]): Promise<PackAttachment[]> {
  if (!attachments.some((attachment) => attachment.meta.mediaType === 'application/pdf')) return attachments;
  const { PDFDocument } = await import('pdf-lib');
  return Promise.all(
    attachments.map(async (attachment) => {
      if (attachment.meta.mediaType !== 'application/pdf') return attachment;
      try {
        const source = await PDFDocument.load(attachment.bytes, { updateMetadata: false });
        return { ...attachment, pdfPages: source.getPages().map((page) => page.getSize()) };
      } catch {
        return { ...attachment, pdfPages: null };
      }
    }),
  );
}

/** The attachment's title, file, date and AC above it, in small type. */
function drawAttachmentHeading(cursor: Cursor, attachment: PackAttachment, part: string): void {
  drawHeading(cursor, attachmentTitle(attachment.meta) + part);
  const supports = attachment.meta.criterionCode ? `supports AC ${attachment.meta.criterionCode}` : 'supports the document as a whole';
  drawWrapped(cursor, `${attachmentDetail(attachment.meta)} · ${supports}`, { size: 9, colour: MUTED });
  cursor.y += 2;
}

/** A note where an attachment cannot be drawn: it is never left out silently. */
function drawUnreadable(cursor: Cursor, what: string): void {
  drawWrapped(cursor, `This ${what} could not be read, so it is not shown here. The learner can give the assessor the original file.`, { size: 10, colour: TEXT });
}

function drawImage(cursor: Cursor, attachment: PackAttachment): void {
  const { pdf } = cursor;
  setType(pdf, CAPTION_SIZE, 'normal', TEXT);
  const captionLines = wrapText(pdf, singleLine(attachment.meta.caption), CONTENT_WIDTH);
  const captionHeight = captionLines.length * lineHeight(CAPTION_SIZE) + 3;
  try {
    const format = attachment.meta.mediaType === 'image/png' ? 'PNG' : 'JPEG';
    const properties = pdf.getImageProperties(attachment.bytes);
    const room = { width: CONTENT_WIDTH, height: CONTENT_BOTTOM - cursor.y - captionHeight };
    const scale = Math.min(room.width / properties.width, room.height / properties.height);
    const width = properties.width * scale;
    const height = properties.height * scale;
    const x = MARGIN + (CONTENT_WIDTH - width) / 2;
    pdf.addImage(attachment.bytes, format, x, cursor.y, width, height, undefined, 'FAST');
    pdf.setDrawColor(...RULE);
    pdf.setLineWidth(0.2);
    pdf.rect(x, cursor.y, width, height);
    cursor.y += height + 3;
  } catch {
    drawUnreadable(cursor, 'image');
  }
  // The caption beneath the picture, as an assessor reads a figure.
  setType(pdf, CAPTION_SIZE, 'normal', TEXT);
  for (const line of captionLines) {
    pdf.text(line, MARGIN, cursor.y + lineHeight(CAPTION_SIZE) * 0.75);
    cursor.y += lineHeight(CAPTION_SIZE);
  }
}

function drawText(cursor: Cursor, text: string): void {
  drawWrapped(cursor, cleanText(text), { size: 10, colour: TEXT });
}

/** Blank pages for an attached PDF's pages, each with its heading; the pages are placed by pdf-lib later. */
function reservePdfPages(cursor: Cursor, attachment: PackAttachment, placements: PdfPlacement[]): void {
  const pages = attachment.pdfPages;
  if (!pages || pages.length === 0) return drawUnreadable(cursor, 'PDF');
  pages.forEach((size, index) => {
    if (index > 0) newPage(cursor);
    if (index > 0) drawAttachmentHeading(cursor, attachment, ` (page ${index + 1} of ${pages.length})`);
    const room = { width: CONTENT_WIDTH, height: CONTENT_BOTTOM - cursor.y };
    const scale = Math.min(room.width / (size.width * MM_PER_PT), room.height / (size.height * MM_PER_PT));
    const width = size.width * MM_PER_PT * scale;
    const height = size.height * MM_PER_PT * scale;
    const box = { x: MARGIN + (CONTENT_WIDTH - width) / 2, y: cursor.y, width, height };
    cursor.pdf.setDrawColor(...RULE);
    cursor.pdf.setLineWidth(0.2);
    cursor.pdf.rect(box.x, box.y, box.width, box.height);
    placements.push({ attachment, sourcePage: index, bodyPage: cursor.pdf.getNumberOfPages(), box });
    cursor.y = CONTENT_BOTTOM;
  });
}

/**
 * Draws each attachment from a new page; returns the pages each took (numbered as drawn) and where
 * attached PDFs' pages go. Captions and text are marked for any glyph the fonts lack, as documents are.
 */
export function drawAttachmentPages(pdf: jsPDF, attachments: PackAttachment[], placements: PdfPlacement[]): PageRange[] {
  return attachments.map((attachment) => {
    pdf.addPage('a4', 'portrait');
    const first = pdf.getNumberOfPages();
    const cursor: Cursor = { pdf, y: CONTENT_TOP };
    const text = attachment.meta.mediaType === 'text/plain' ? new TextDecoder().decode(attachment.bytes) : '';
    const marked = withMissingGlyphsMarked({ meta: { ...attachment.meta }, text }, pdf);
    const shown = { ...attachment, meta: marked.meta };
    const pages = attachment.meta.mediaType === 'application/pdf' ? attachment.pdfPages : null;
    drawAttachmentHeading(cursor, shown, pages && pages.length > 1 ? ` (page 1 of ${pages.length})` : '');
    switch (attachment.meta.mediaType) {
      case 'image/png':
      case 'image/jpeg':
        drawImage(cursor, shown);
        break;
      case 'text/plain':
        drawText(cursor, marked.text);
        break;
      case 'application/pdf':
        reservePdfPages(cursor, shown, placements);
        break;
    }
    return { first, last: pdf.getNumberOfPages() };
  });
}

/** Places each attached PDF's pages in their boxes of the finished pack (pages moved by `shift`). */
export async function stampAttachedPdfPages(packBytes: ArrayBuffer, placements: PdfPlacement[], shift: number): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const pack = await PDFDocument.load(packBytes, { updateMetadata: false });
  const toPt = (mm: number) => mm / MM_PER_PT;
  const bySource = new Map<PackAttachment, PdfPlacement[]>();
  for (const placement of placements) bySource.set(placement.attachment, [...(bySource.get(placement.attachment) ?? []), placement]);
  for (const [attachment, places] of bySource) {
    const embedded = await pack.embedPdf(attachment.bytes, places.map((place) => place.sourcePage));
    embedded.forEach((page, index) => {
      const place = places[index]!;
      const target = pack.getPage(place.bodyPage + shift - 1);
      target.drawPage(page, { x: toPt(place.box.x), y: toPt(PAGE_HEIGHT - place.box.y - place.box.height), width: toPt(place.box.width), height: toPt(place.box.height) });
    });
  }
  return pack.save();
}
