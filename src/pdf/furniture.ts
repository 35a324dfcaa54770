/**
 * Page furniture: the running header and footer (added last, so every page knows the total page
 * count) and the marks that say a class demo's export is a worked example.
 */
import type { PageRange } from './page-range';
import type { jsPDF } from 'jspdf';
import type { EvidenceDocument } from './evidence-document';
import { drawFlowingLines } from './flow';
import { lineHeight } from './layout';
import { ellipsize, setType, wrapText } from './measure';
import {
  CONTENT_RIGHT,
  CONTENT_WIDTH,
  MARGIN,
  MUTED,
  NOT_GIVEN,
  NOT_YET_AMBER,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  RULE,
  type Cursor,
  type TextType,
} from './page-style';
import { displayDate, singleLine } from './text';

/** What the running header and the footer of one page say. */
export type PageFurniture = { header: string; learnerName: string; date: string };

/** An evidence document's pages: its worksheet and unit above, the learner and date below. */
export function documentFurniture(doc: EvidenceDocument): PageFurniture {
  return {
    header: `${singleLine(doc.worksheetTitle)} · Unit ${singleLine(doc.unit.code)}`,
    learnerName: doc.learner.name,
    date: doc.date,
  };
}

/** Numbers every page of the PDF "Page X of Y", Y the whole PDF's page count. */
export function drawRunningHeadersAndFooters(pdf: jsPDF, furnitureFor: (page: number) => PageFurniture): void {
  const total = pdf.getNumberOfPages();
  for (let page = 1; page <= total; page += 1) {
    pdf.setPage(page);
    const furniture = furnitureFor(page);
    drawRunningHeader(pdf, furniture.header);
    drawFooter(pdf, furniture, page, total);
  }
}

function drawRunningHeader(pdf: jsPDF, text: string): void {
  setType(pdf, 8, 'normal', MUTED);
  pdf.text(ellipsize(pdf, text, CONTENT_WIDTH), MARGIN, 11.5);
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.25);
  pdf.line(MARGIN, 13.5, CONTENT_RIGHT, 13.5);
}

function drawFooter(pdf: jsPDF, furniture: PageFurniture, page: number, total: number): void {
  const ruleY = PAGE_HEIGHT - 15;
  const baseline = ruleY + 5;
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.25);
  pdf.line(MARGIN, ruleY, CONTENT_RIGHT, ruleY);
  setType(pdf, 8, 'normal', MUTED);
  const name = singleLine(furniture.learnerName) || NOT_GIVEN;
  pdf.text(ellipsize(pdf, `Learner: ${name}`, CONTENT_WIDTH * 0.42), MARGIN, baseline);
  pdf.text(displayDate(furniture.date), PAGE_WIDTH / 2, baseline, { align: 'center' });
  pdf.text(`Page ${page} of ${total}`, CONTENT_RIGHT, baseline, { align: 'right' });
}

const WORKED_EXAMPLE_MARK = 'WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE';

/** The notice in a box under the title, in full. */
export function drawWorkedExampleNotice(cursor: Cursor, notice: string): void {
  const { pdf } = cursor;
  const type: TextType = { size: 10.5, style: 'bold', colour: NOT_YET_AMBER };
  setType(pdf, type.size, type.style, type.colour);
  const padding = 3;
  const lines = wrapText(pdf, singleLine(notice), CONTENT_WIDTH - 2 * padding);
  const height = lines.length * lineHeight(type.size) + 2 * padding;
  cursor.y += 2;
  pdf.setDrawColor(...NOT_YET_AMBER);
  pdf.setLineWidth(0.6);
  pdf.rect(MARGIN, cursor.y, CONTENT_WIDTH, height);
  cursor.y += padding;
  drawFlowingLines(cursor, lines, type, MARGIN + padding);
  cursor.y += padding + 2;
}

/** A short mark on every page, between the running header and the content, so no page can pass for evidence on its own. */
export function drawWorkedExampleMarks(pdf: jsPDF, pages: PageRange = { first: 1, last: pdf.getNumberOfPages() }): void {
  for (let page = pages.first; page <= pages.last; page += 1) {
    pdf.setPage(page);
    setType(pdf, 8, 'bold', NOT_YET_AMBER);
    pdf.text(WORKED_EXAMPLE_MARK, CONTENT_RIGHT, 18, { align: 'right' });
  }
}
