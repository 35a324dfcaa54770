/**
 * Turns an EvidenceDocument into an A4 evidence PDF for the learner's portfolio.
 *
 * Everything is drawn as text and vector shapes in an embedded Unicode font (DejaVu Sans), so the
 * PDF is searchable, its text can be selected, and learners' names in any European script (and
 * Arabic) print correctly. Layout is a simple top-to-bottom flow with a cursor; jspdf-autotable does
 * the tables, and everything else breaks across pages here.
 */
import { jsPDF } from 'jspdf';
import type { CellDef, RowInput } from 'jspdf-autotable';
import { columnMinimums, columnWidthStyles, drawFieldsTable, drawTable } from './autotable';
import type {
  ChecklistItem,
  EvidenceDocument,
  LearnerDetails,
  PdfBlock,
} from './evidence-document';
import { emojiFallbackFor, installEmojiFallback, mayNeedEmojiFont } from './emoji-text';
import { loadPdfFonts, type PdfFonts } from './fonts';
import { addGap, drawCaption, drawFlowingLines, drawHeading, drawWrapped, ensureSpace, newPage, spaceLeft } from './flow';
import { axisTicks, baselineIn, chartMaximum, columnWidthsMm, fitColumnWidths, lineHeight, MIN_CHART_ROWS, safeValue, sum } from './layout';
import { ellipsize, setType, wrapLimited, wrapText } from './measure';
import {
  CAPTION_TYPE,
  CONTENT_BOTTOM,
  CONTENT_RIGHT,
  CONTENT_TOP,
  CONTENT_WIDTH,
  FONT,
  GROUP_COLOURS,
  KEEP_WITH_NEXT,
  LABEL_FILL,
  MARGIN,
  MET_GREEN,
  MUTED,
  NAVY,
  NOT_GIVEN,
  NOT_YET_AMBER,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  RULE,
  TABLE_HEAD_WITH_ROW,
  TEXT,
  type Cursor,
  type Rgb,
  type TextType,
} from './page-style';
import { cleanText, displayDate, formatNumber, isBlank, mapStrings, replaceMissingGlyphs, singleLine } from './text';
import { lineChartGeometry, type LineChartGeometry, type PlotBox, type Point } from './line-chart';
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

export type { PdfFonts } from './fonts';

const DECLARATION_TEXT = 'I confirm that this work is my own, and that it is authentic and current.';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** Draws the whole evidence document. Pure apart from jsPDF: fonts are passed in as base64 TTF data. */
export function buildEvidencePdf(doc: EvidenceDocument, fonts: PdfFonts): jsPDF {
  const pdf = createPdf(fonts);
  doc = withMissingGlyphsMarked(doc, pdf);
  setDocumentProperties(pdf, doc);
  drawEvidenceDocument(pdf, doc, { startOnNewPage: false });
  drawRunningHeadersAndFooters(pdf, () => documentFurniture(doc));
  if (doc.workedExampleNotice) drawWorkedExampleMarks(pdf);
  return pdf;
}

/** An empty A4 PDF with the embedded fonts registered. */
function createPdf(fonts: PdfFonts): jsPDF {
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
  drawTitleBlock(cursor, doc);
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

function setDocumentProperties(pdf: jsPDF, doc: EvidenceDocument): void {
  const plain = (text: string) => emojiFallbackFor(pdf)?.restore(text) ?? text;
  pdf.setProperties({
    title: plain(singleLine(`${doc.worksheetTitle} – ${doc.documentName}`)),
    subject: plain(singleLine(`Unit ${doc.unit.code}: ${doc.unit.title}`)),
    author: plain(singleLine(doc.learner.name)),
    creator: 'Coursework Toolkit',
  });
  pdf.setLanguage('en-GB');
}

/** The document (or pack) with every string passed through replaceMissingGlyphs for the embedded fonts. */
function withMissingGlyphsMarked<T>(doc: T, pdf: jsPDF): T {
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
// Page 1: title, learner details, criteria
// ---------------------------------------------------------------------------------------------

function drawTitleBlock(cursor: Cursor, doc: EvidenceDocument): void {
  const { pdf } = cursor;
  cursor.y += 2;
  drawWrapped(cursor, 'COURSEWORK EVIDENCE', { size: 8.5, style: 'bold', colour: MUTED });
  drawWrapped(cursor, singleLine(doc.worksheetTitle) || 'Worksheet', { size: 20, style: 'bold', colour: NAVY });
  if (!isBlank(doc.documentName)) drawWrapped(cursor, singleLine(doc.documentName), { size: 13 });
  const unit = `Unit ${singleLine(doc.unit.code)}: ${singleLine(doc.unit.title)}`;
  drawWrapped(cursor, unit, { size: 10.5, colour: MUTED });

  cursor.y += 2.5;
  pdf.setDrawColor(...NAVY);
  pdf.setLineWidth(0.6);
  pdf.line(MARGIN, cursor.y, CONTENT_RIGHT, cursor.y);
  cursor.y += 2;
}

function drawLearnerDetails(cursor: Cursor, learner: LearnerDetails, date: string): void {
  drawHeading(cursor, 'Learner details');
  drawFieldsTable(cursor, [
    { label: 'Learner', value: learner.name },
    { label: 'Learner number', value: learner.learnerNumber },
    { label: 'Centre / training provider', value: learner.centre },
    { label: 'Assessor', value: learner.assessor },
    { label: 'Qualification', value: learner.qualification },
    { label: 'Date', value: isBlank(date) ? '' : displayDate(date) },
  ]);
}

function drawCriteria(cursor: Cursor, doc: EvidenceDocument): void {
  drawHeading(cursor, 'Assessment criteria evidenced');
  const body: RowInput[] =
    doc.criteria.length === 0
      ? [[{ content: 'No criteria listed.', colSpan: 2, styles: { textColor: MUTED, fontStyle: 'normal' } }]]
      : doc.criteria.map((criterion) => [singleLine(criterion.code), cleanText(criterion.text).trim()]);
  drawTable(cursor, {
    head: [['Code', 'Assessment criterion']],
    body,
    columnStyles: { 0: { cellWidth: 24, fontStyle: 'bold', textColor: NAVY } },
  });
}

// ---------------------------------------------------------------------------------------------
// Content blocks
// ---------------------------------------------------------------------------------------------

function drawBlock(cursor: Cursor, block: PdfBlock, next: PdfBlock | undefined): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(cursor, block.text, next?.kind === 'table' ? tableStartHeight(cursor.pdf, next) : 0);
    case 'paragraph':
      return drawParagraph(cursor, block.text);
    case 'fields':
      addGap(cursor, 3);
      return drawFieldsTable(cursor, block.rows);
    case 'table':
      return drawDataTable(cursor, block);
    case 'barChart':
      return drawBarChart(cursor, block);
    case 'lineChart':
      return drawLineChart(cursor, block);
  }
}

function drawParagraph(cursor: Cursor, text: string): void {
  addGap(cursor, 3);
  if (isBlank(text)) {
    drawWrapped(cursor, NOT_GIVEN, { size: 10, colour: MUTED });
    return;
  }
  // Blank lines at either end are only stray returns; the learner's inner blank lines are kept.
  drawWrapped(cursor, cleanText(text).replace(/^\s*\n|\n\s*$/g, ''), { size: 10 });
}

type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** A table's header, cells and column widths in mm, as drawn. */
function tableLayout(pdf: jsPDF, block: TableBlock) {
  const columnCount = Math.max(block.columns.length, ...block.rows.map((row) => row.length), 1);
  const head = Array.from({ length: columnCount }, (_, index) => singleLine(block.columns[index] ?? ''));
  const cells = block.rows.map((row) => head.map((_, index) => cleanText(row[index] ?? '').trim()));
  const widths = fitColumnWidths(columnWidthsMm(block.columnWidths, columnCount), columnMinimums(pdf, head, cells));
  return { columnCount, head, cells, widths };
}

/** Estimated height of a table row: its tallest wrapped cell plus padding. */
function estimatedRowHeight(pdf: jsPDF, cells: string[], widths: number[]): number {
  setType(pdf, 9, 'bold');
  const lines = cells.map((cell, index) => wrapText(pdf, cell, (widths[index] ?? CONTENT_WIDTH) - 4.4).length);
  return Math.max(1, ...lines) * lineHeight(9, 1.15) + 3.6;
}

type TableLayout = ReturnType<typeof tableLayout>;

/** Room a table needs to begin: its caption, header row and first body row. */
function tableStartHeight(pdf: jsPDF, block: TableBlock, layout: TableLayout = tableLayout(pdf, block)): number {
  const { head, cells, widths } = layout;
  const caption = block.caption && !isBlank(block.caption) ? 8 : 0;
  return 4 + caption + estimatedRowHeight(pdf, head, widths) + estimatedRowHeight(pdf, cells[0] ?? [''], widths);
}

function drawDataTable(cursor: Cursor, block: TableBlock): void {
  addGap(cursor, 4);
  const layout = tableLayout(cursor.pdf, block);
  const { columnCount, head, cells, widths } = layout;
  // Caption, header and first row start together (a heading above has already made room for them).
  if (!cursor.afterHeading) ensureSpace(cursor, tableStartHeight(cursor.pdf, block, layout));
  if (block.caption && !isBlank(block.caption)) drawCaption(cursor, block.caption, 18);
  const body: RowInput[] =
    cells.length === 0
      ? [[{ content: 'No rows recorded.', colSpan: columnCount, styles: { textColor: MUTED } }]]
      : cells;
  drawTable(cursor, { head: [head], body, columnStyles: columnWidthStyles(widths) });
}

// ---------------------------------------------------------------------------------------------
// Bar chart: vector bars, selectable text, a named key, and an axis from 0 to maxValue
// ---------------------------------------------------------------------------------------------

type BarChartBlock = Extract<PdfBlock, { kind: 'barChart' }>;
type ChartRow = { labelLines: string[]; value: number; group?: string; height: number };
type ChartLayout = {
  rows: ChartRow[];
  maxValue: number;
  groups: string[];
  barX: number;
  barWidth: number;
  legendHeight: number;
};

const CHART_LABEL_WIDTH = 52;
const CHART_LABEL_SIZE = 8.5;
const CHART_LABEL_MAX_LINES = 3;
const BAR_HEIGHT = 5;
const BAR_GAP = 2.6;
const AXIS_HEIGHT = 13;
const LEGEND_SWATCH = 3.2;

function drawBarChart(cursor: Cursor, block: BarChartBlock): void {
  const { pdf } = cursor;
  addGap(cursor, 4);
  if (block.rows.length === 0) {
    drawCaption(cursor, block.caption, lineHeight(10));
    drawWrapped(cursor, 'No data to chart.', { size: 10, colour: MUTED });
    return;
  }
  const layout = layoutChart(pdf, block);
  const captionHeight = lineHeight(10) * wrapText(pdf, singleLine(block.caption), CONTENT_WIDTH).length + 1;
  const frame = captionHeight + AXIS_HEIGHT + layout.legendHeight + 2;
  const totalHeight = frame + sum(layout.rows.map((row) => row.height));
  const pageHeight = CONTENT_BOTTOM - CONTENT_TOP;

  // A chart that fits on one page is never split: it moves whole to the next page if need be.
  if (totalHeight <= pageHeight) ensureSpace(cursor, totalHeight);

  let start = 0;
  while (start < layout.rows.length) {
    const count = rowsThatFit(layout.rows, start, spaceLeft(cursor) - frame);
    // A sliver of two bars with its own axis and key looks like a mistake: start the chart afresh.
    const tooFew = count < Math.min(MIN_CHART_ROWS, layout.rows.length - start) && cursor.y > CONTENT_TOP;
    if (count === 0 || tooFew) {
      newPage(cursor);
      continue;
    }
    const caption = start === 0 ? block.caption : `${block.caption} (continued)`;
    drawCaption(cursor, caption, 0);
    drawChartPart(cursor, layout, layout.rows.slice(start, start + count), block.valueLabel);
    start += count;
    if (start < layout.rows.length) newPage(cursor);
  }
}

function rowsThatFit(rows: ChartRow[], start: number, height: number): number {
  let used = 0;
  let count = 0;
  for (const row of rows.slice(start)) {
    if (used + row.height > height) break;
    used += row.height;
    count += 1;
  }
  return count;
}

function layoutChart(pdf: jsPDF, block: BarChartBlock): ChartLayout {
  setType(pdf, CHART_LABEL_SIZE);
  const labelLine = lineHeight(CHART_LABEL_SIZE, 1.25);
  const groups = [...new Set(block.rows.map((row) => singleLine(row.group ?? '')).filter((g) => g !== ''))];
  const rows: ChartRow[] = block.rows.map((row) => {
    const labelLines = wrapLimited(pdf, singleLine(row.label) || NOT_GIVEN, CHART_LABEL_WIDTH, CHART_LABEL_MAX_LINES);
    const group = singleLine(row.group ?? '') || undefined;
    return { labelLines, value: safeValue(row.value), group, height: Math.max(BAR_HEIGHT, labelLines.length * labelLine) + BAR_GAP };
  });
  // Room after the longest bar for its value and group name, e.g. "4  Opportunity".
  const endTextWidth = Math.min(48, Math.max(...rows.map((row) => endTextWidthFor(pdf, row))) + 3);
  const barX = MARGIN + CHART_LABEL_WIDTH + 3;
  return {
    rows,
    maxValue: chartMaximum(block.maxValue, block.rows),
    groups,
    barX,
    barWidth: CONTENT_RIGHT - barX - endTextWidth,
    legendHeight: groups.length > 0 ? legendLayout(pdf, groups).height + 2 : 0,
  };
}

function endTextWidthFor(pdf: jsPDF, row: ChartRow): number {
  setType(pdf, CHART_LABEL_SIZE, 'bold');
  const valueWidth = pdf.getTextWidth(formatNumber(row.value));
  setType(pdf, CHART_LABEL_SIZE - 1);
  return valueWidth + (row.group ? 2 + pdf.getTextWidth(row.group) : 0);
}

function groupColour(groups: string[], group: string | undefined): Rgb {
  const index = group === undefined ? 0 : Math.max(0, groups.indexOf(group));
  return GROUP_COLOURS[index % GROUP_COLOURS.length] ?? NAVY;
}

function drawChartPart(cursor: Cursor, layout: ChartLayout, rows: ChartRow[], valueLabel: string): void {
  const { pdf } = cursor;
  const top = cursor.y;
  const plotHeight = sum(rows.map((row) => row.height));
  const ticks = axisTicks(layout.maxValue);
  drawGridLines(pdf, layout, ticks, top, plotHeight);
  let y = top;
  for (const row of rows) {
    drawBarRow(pdf, layout, row, y);
    y += row.height;
  }
  drawAxis(pdf, layout, ticks, y, valueLabel);
  cursor.y = y + AXIS_HEIGHT;
  if (layout.groups.length > 0) drawLegend(cursor, layout.groups);
}

function xForValue(layout: ChartLayout, value: number): number {
  return layout.barX + (Math.min(value, layout.maxValue) / layout.maxValue) * layout.barWidth;
}

function drawGridLines(pdf: jsPDF, layout: ChartLayout, ticks: number[], top: number, height: number): void {
  pdf.setDrawColor(228, 231, 235);
  pdf.setLineWidth(0.2);
  for (const tick of ticks) {
    const x = xForValue(layout, tick);
    pdf.line(x, top, x, top + height);
  }
}

function drawBarRow(pdf: jsPDF, layout: ChartLayout, row: ChartRow, top: number): void {
  const labelLine = lineHeight(CHART_LABEL_SIZE, 1.25);
  const contentHeight = row.height - BAR_GAP;
  const labelTop = top + (contentHeight - row.labelLines.length * labelLine) / 2;
  setType(pdf, CHART_LABEL_SIZE, 'normal', TEXT);
  row.labelLines.forEach((line, index) => {
    pdf.text(line, MARGIN, baselineIn(labelTop + index * labelLine, labelLine, CHART_LABEL_SIZE));
  });

  const barTop = top + (contentHeight - BAR_HEIGHT) / 2;
  const barEnd = xForValue(layout, row.value);
  if (barEnd > layout.barX) {
    pdf.setFillColor(...groupColour(layout.groups, row.group));
    pdf.rect(layout.barX, barTop, barEnd - layout.barX, BAR_HEIGHT, 'F');
  }

  // The value, then the group name in grey, so a bar's group never depends on colour alone.
  const baseline = baselineIn(barTop, BAR_HEIGHT, CHART_LABEL_SIZE);
  setType(pdf, CHART_LABEL_SIZE, 'bold', TEXT);
  const value = formatNumber(row.value);
  pdf.text(value, barEnd + 1.5, baseline);
  if (row.group) {
    const groupX = barEnd + 1.5 + pdf.getTextWidth(value) + 2;
    setType(pdf, CHART_LABEL_SIZE - 1, 'normal', MUTED);
    pdf.text(ellipsize(pdf, row.group, CONTENT_RIGHT - groupX), groupX, baseline);
  }
}

function drawAxis(pdf: jsPDF, layout: ChartLayout, ticks: number[], y: number, valueLabel: string): void {
  pdf.setDrawColor(...MUTED);
  pdf.setLineWidth(0.3);
  pdf.line(layout.barX, y, layout.barX + layout.barWidth, y);
  setType(pdf, 7.5, 'normal', MUTED);
  for (const tick of ticks) {
    const x = xForValue(layout, tick);
    pdf.line(x, y, x, y + 1.5);
    pdf.text(formatNumber(tick), x, y + 4.6, { align: 'center' });
  }
  if (!isBlank(valueLabel)) {
    setType(pdf, 8, 'normal', TEXT);
    const label = ellipsize(pdf, singleLine(valueLabel), layout.barWidth);
    pdf.text(label, layout.barX + layout.barWidth / 2, y + 9.5, { align: 'center' });
  }
}

type LegendItem = { name: string; x: number; row: number };

/** Places key items left to right, wrapping onto further rows when the line is full. */
function legendLayout(pdf: jsPDF, groups: string[]): { items: LegendItem[]; height: number; keyWidth: number } {
  setType(pdf, CHART_LABEL_SIZE, 'bold');
  const keyWidth = pdf.getTextWidth('Key:') + 3;
  setType(pdf, CHART_LABEL_SIZE);
  const items: LegendItem[] = [];
  let x = MARGIN + keyWidth;
  let row = 0;
  for (const group of groups) {
    const name = ellipsize(pdf, group, CONTENT_WIDTH - keyWidth - LEGEND_SWATCH - 2);
    const width = LEGEND_SWATCH + 1.5 + pdf.getTextWidth(name) + 6;
    if (x + width > CONTENT_RIGHT + 6 && x > MARGIN + keyWidth) {
      row += 1;
      x = MARGIN + keyWidth;
    }
    items.push({ name, x, row });
    x += width;
  }
  return { items, height: (row + 1) * lineHeight(CHART_LABEL_SIZE, 1.6), keyWidth };
}

function drawLegend(cursor: Cursor, groups: string[]): void {
  const { pdf } = cursor;
  const { items, height } = legendLayout(pdf, groups);
  const rowHeight = lineHeight(CHART_LABEL_SIZE, 1.6);
  setType(pdf, CHART_LABEL_SIZE, 'bold', NAVY);
  pdf.text('Key:', MARGIN, baselineIn(cursor.y, rowHeight, CHART_LABEL_SIZE));
  setType(pdf, CHART_LABEL_SIZE, 'normal', TEXT);
  items.forEach((item, index) => {
    const top = cursor.y + item.row * rowHeight;
    pdf.setFillColor(...groupColour(groups, groups[index]));
    pdf.rect(item.x, top + (rowHeight - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH, 'F');
    pdf.text(item.name, item.x + LEGEND_SWATCH + 1.5, baselineIn(top, rowHeight, CHART_LABEL_SIZE));
  });
  cursor.y += height;
}

// ---------------------------------------------------------------------------------------------
// Line chart: vector lines told apart by dash and point shape as well as colour, selectable labels
// ---------------------------------------------------------------------------------------------

type LineChartBlock = Extract<PdfBlock, { kind: 'lineChart' }>;
type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

const LINE_PLOT_HEIGHT = 62;
const LINE_Y_LABEL_WIDTH = 14;
const LINE_X_LABEL_SIZE = 7;
/** Per series: dash pattern (mm; [] is solid) and point shape, so no series relies on colour. */
const LINE_STYLES: Array<{ dash: number[]; marker: MarkerShape }> = [
  { dash: [], marker: 'circle' },
  { dash: [2.2, 1.2], marker: 'square' },
  { dash: [0.6, 0.9], marker: 'triangle' },
  { dash: [3, 1, 0.6, 1], marker: 'diamond' },
];
/** Reference lines in near-black: no series colour is close to it. */
const REFERENCE_COLOUR: Rgb = [55, 55, 55];

function drawLineChart(cursor: Cursor, block: LineChartBlock): void {
  const { pdf } = cursor;
  addGap(cursor, 4);
  const hasPoints = block.xLabels.length > 0 && block.series.some((s) => s.values.some((v) => v !== null && Number.isFinite(v)));
  if (!hasPoints) {
    drawCaption(cursor, block.caption, lineHeight(10));
    drawWrapped(cursor, 'No data to chart.', { size: 10, colour: MUTED });
    return;
  }
  const names = block.series.map((s) => singleLine(s.name) || NOT_GIVEN);
  const refNames = (block.referenceLines ?? []).map((line) => singleLine(line.label));
  const legendHeight = lineLegendHeight(pdf, names, refNames);
  setType(pdf, CAPTION_TYPE.size, CAPTION_TYPE.style);
  const captionHeight = lineHeight(CAPTION_TYPE.size) * wrapText(pdf, singleLine(block.caption), CONTENT_WIDTH).length + 1;
  // Caption, y-axis title, plot, x labels and x title, key: never split across pages.
  ensureSpace(cursor, captionHeight + 5 + LINE_PLOT_HEIGHT + 12 + legendHeight);
  drawCaption(cursor, block.caption, 0);

  setType(pdf, 7.5, 'normal', TEXT);
  pdf.text(ellipsize(pdf, singleLine(block.yLabel), CONTENT_WIDTH), MARGIN, baselineIn(cursor.y, 4, 7.5));
  cursor.y += 5;

  const box: PlotBox = { left: MARGIN + LINE_Y_LABEL_WIDTH, top: cursor.y, width: CONTENT_WIDTH - LINE_Y_LABEL_WIDTH - 4, height: LINE_PLOT_HEIGHT };
  setType(pdf, LINE_X_LABEL_SIZE);
  const widestXLabel = Math.max(...block.xLabels.map((label) => pdf.getTextWidth(singleLine(label))));
  const geometry = lineChartGeometry(block, box, widestXLabel);
  drawLinePlotFrame(pdf, geometry, box, block.xLabels.map(singleLine));
  drawReferenceLines(pdf, geometry, box);
  geometry.series.forEach((series, index) => drawSeries(pdf, series.runs, index));

  cursor.y = box.top + box.height + 7;
  setType(pdf, 7.5, 'normal', TEXT);
  pdf.text(ellipsize(pdf, singleLine(block.xLabel), box.width), box.left + box.width / 2, cursor.y, { align: 'center' });
  cursor.y += 3;
  drawLineLegend(cursor, names, refNames);
}

function lineStyle(index: number) {
  return LINE_STYLES[index % LINE_STYLES.length] ?? { dash: [], marker: 'circle' as const };
}

function drawLinePlotFrame(pdf: jsPDF, geometry: LineChartGeometry, box: PlotBox, xLabels: string[]): void {
  pdf.setLineWidth(0.2);
  setType(pdf, 7.5, 'normal', MUTED);
  for (const tick of geometry.ticks) {
    pdf.setDrawColor(228, 231, 235);
    pdf.line(box.left, tick.y, box.left + box.width, tick.y);
    pdf.text(formatNumber(tick.value), box.left - 2, tick.y + 1, { align: 'right' });
  }
  pdf.setDrawColor(...MUTED);
  pdf.setLineWidth(0.3);
  pdf.line(box.left, box.top, box.left, box.top + box.height);
  pdf.line(box.left, box.top + box.height, box.left + box.width, box.top + box.height);
  setType(pdf, LINE_X_LABEL_SIZE, 'normal', MUTED);
  for (const index of geometry.labelledSlots) {
    const x = geometry.slotX[index] ?? box.left;
    pdf.line(x, box.top + box.height, x, box.top + box.height + 1.2);
    pdf.text(xLabels[index] ?? '', x, box.top + box.height + 4, { align: 'center' });
  }
}

function drawReferenceLines(pdf: jsPDF, geometry: LineChartGeometry, box: PlotBox): void {
  pdf.setDrawColor(...REFERENCE_COLOUR);
  pdf.setLineWidth(0.35);
  pdf.setLineDashPattern([1.5, 1.5], 0);
  geometry.referenceLines.forEach((line) => pdf.line(box.left, line.y, box.left + box.width, line.y));
  pdf.setLineDashPattern([], 0);
  // Each line is named where it is drawn, so the key is not the only way to tell them apart.
  setType(pdf, 7, 'bold', REFERENCE_COLOUR);
  geometry.referenceLines.forEach((line) => {
    pdf.text(ellipsize(pdf, `${singleLine(line.label)} (${formatNumber(line.value)})`, box.width / 2), box.left + box.width - 1, line.y - 1, { align: 'right' });
  });
}

function drawSeries(pdf: jsPDF, runs: Point[][], index: number, hasMarkers = true): void {
  const { dash, marker } = lineStyle(index);
  const colour = GROUP_COLOURS[index % GROUP_COLOURS.length] ?? NAVY;
  pdf.setDrawColor(...colour);
  pdf.setFillColor(...colour);
  pdf.setLineWidth(0.45);
  pdf.setLineDashPattern(dash, 0);
  for (const run of runs) {
    run.slice(1).forEach((point, i) => {
      const from = run[i] ?? point;
      pdf.line(from.x, from.y, point.x, point.y);
    });
  }
  pdf.setLineDashPattern([], 0);
  if (hasMarkers) for (const point of runs.flat()) drawMarker(pdf, marker, point.x, point.y, 0.9);
}

function drawMarker(pdf: jsPDF, shape: MarkerShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      pdf.circle(x, y, r, 'F');
      return;
    case 'square':
      pdf.rect(x - r, y - r, 2 * r, 2 * r, 'F');
      return;
    case 'triangle':
      pdf.triangle(x, y - r * 1.2, x - r * 1.1, y + r * 0.9, x + r * 1.1, y + r * 0.9, 'F');
      return;
    case 'diamond':
      pdf.triangle(x, y - r * 1.3, x - r * 1.1, y, x + r * 1.1, y, 'F');
      pdf.triangle(x, y + r * 1.3, x - r * 1.1, y, x + r * 1.1, y, 'F');
      return;
  }
}

const LINE_KEY_SAMPLE = 9;

function lineLegendItems(pdf: jsPDF, names: string[], refNames: string[]) {
  setType(pdf, CHART_LABEL_SIZE, 'bold');
  const keyWidth = pdf.getTextWidth('Key:') + 3;
  setType(pdf, CHART_LABEL_SIZE);
  const entries = [...names.map((name, index) => ({ name, index, isReference: false })), ...refNames.map((name, index) => ({ name, index, isReference: true }))];
  let x = MARGIN + keyWidth;
  let row = 0;
  const items = entries.map((entry) => {
    const name = ellipsize(pdf, entry.name, CONTENT_WIDTH - keyWidth - LINE_KEY_SAMPLE - 2);
    const width = LINE_KEY_SAMPLE + 1.5 + pdf.getTextWidth(name) + 6;
    if (x + width > CONTENT_RIGHT + 6 && x > MARGIN + keyWidth) {
      row += 1;
      x = MARGIN + keyWidth;
    }
    const item = { ...entry, name, x, row };
    x += width;
    return item;
  });
  return { items, height: (row + 1) * lineHeight(CHART_LABEL_SIZE, 1.6) };
}

function lineLegendHeight(pdf: jsPDF, names: string[], refNames: string[]): number {
  return lineLegendItems(pdf, names, refNames).height;
}

function drawLineLegend(cursor: Cursor, names: string[], refNames: string[]): void {
  const { pdf } = cursor;
  const { items, height } = lineLegendItems(pdf, names, refNames);
  const rowHeight = lineHeight(CHART_LABEL_SIZE, 1.6);
  setType(pdf, CHART_LABEL_SIZE, 'bold', NAVY);
  pdf.text('Key:', MARGIN, baselineIn(cursor.y, rowHeight, CHART_LABEL_SIZE));
  for (const item of items) {
    const midY = cursor.y + item.row * rowHeight + rowHeight / 2;
    if (item.isReference) {
      pdf.setDrawColor(...REFERENCE_COLOUR);
      pdf.setLineWidth(0.35);
      pdf.setLineDashPattern([1.5, 1.5], 0);
      pdf.line(item.x, midY, item.x + LINE_KEY_SAMPLE, midY);
      pdf.setLineDashPattern([], 0);
    } else {
      // A short stretch of the series' own line with one of its points in the middle.
      drawSeries(pdf, [[{ x: item.x, y: midY }, { x: item.x + LINE_KEY_SAMPLE, y: midY }]], item.index, false);
      drawMarker(pdf, lineStyle(item.index).marker, item.x + LINE_KEY_SAMPLE / 2, midY, 0.9);
    }
    setType(pdf, CHART_LABEL_SIZE, 'normal', TEXT);
    pdf.text(item.name, item.x + LINE_KEY_SAMPLE + 1.5, baselineIn(cursor.y + item.row * rowHeight, rowHeight, CHART_LABEL_SIZE));
  }
  cursor.y += height;
}

// ---------------------------------------------------------------------------------------------
// Completeness check
// ---------------------------------------------------------------------------------------------

function drawChecklist(cursor: Cursor, checklist: ChecklistItem[]): void {
  // The heading, its count line, the table head and a first row travel together.
  ensureSpace(cursor, KEEP_WITH_NEXT + TABLE_HEAD_WITH_ROW);
  drawHeading(cursor, 'Completeness check');
  if (checklist.length === 0) {
    drawWrapped(cursor, 'No checks recorded.', { size: 10, colour: MUTED });
    return;
  }
  const metCount = checklist.filter((item) => item.isMet).length;
  drawWrapped(cursor, `${metCount} of ${checklist.length} checks met.`, { size: 9.5, colour: MUTED });
  cursor.y += 1;

  const hasDetail = checklist.some((item) => item.detail !== undefined && !isBlank(item.detail));
  const statusCell = (item: ChecklistItem): CellDef => ({
    content: item.isMet ? 'Met' : 'Not yet',
    styles: { fontStyle: 'bold', textColor: item.isMet ? MET_GREEN : NOT_YET_AMBER },
  });
  drawTable(cursor, {
    head: [hasDetail ? ['Check', 'Status', 'Notes'] : ['Check', 'Status']],
    body: checklist.map((item) => {
      const row: Array<CellDef | string> = [cleanText(item.label).trim(), statusCell(item)];
      if (hasDetail) row.push(cleanText(item.detail ?? '').trim());
      return row;
    }),
    columnStyles: hasDetail ? { 0: { cellWidth: 80 }, 1: { cellWidth: 22 } } : { 1: { cellWidth: 28 } },
  });
}

// ---------------------------------------------------------------------------------------------
// Declaration and assessor sign-off (one unbreakable block)
// ---------------------------------------------------------------------------------------------

const PANEL_PADDING = 4;
const SIGNATURE_ROW = 13;
const OUTCOME_ROW = 10;
const OUTCOME_NOTE_ROW = 4;
/** Labels on the sign-off form share one width so the lines and tick boxes start in a column. */
const FORM_LABEL_WIDTH = 32;
const COMMENT_LINES = 6;
const COMMENT_LINE_GAP = 7.5;
const SUBHEADING_ROW = 7;

function declarationHeight(pdf: jsPDF): number {
  const headingHeight = 7 + lineHeight(13) + 3;
  return headingHeight + learnerPanelHeight(pdf) + 5 + assessorPanelHeight();
}

function declarationLines(pdf: jsPDF): string[] {
  setType(pdf, 10);
  return wrapText(pdf, DECLARATION_TEXT, CONTENT_WIDTH - 2 * PANEL_PADDING);
}

function learnerPanelHeight(pdf: jsPDF): number {
  return 2 * PANEL_PADDING + SUBHEADING_ROW + declarationLines(pdf).length * lineHeight(10) + SIGNATURE_ROW;
}

function assessorPanelHeight(): number {
  const commentsBox = COMMENT_LINES * COMMENT_LINE_GAP + 2;
  return 2 * PANEL_PADDING + SUBHEADING_ROW + SIGNATURE_ROW + OUTCOME_ROW + OUTCOME_NOTE_ROW + 6 + commentsBox;
}

function drawDeclaration(cursor: Cursor, learner: LearnerDetails): void {
  const { pdf } = cursor;
  // Reserve the whole block so the signatures are never separated from what they sign.
  ensureSpace(cursor, declarationHeight(pdf));
  drawHeading(cursor, 'Declaration and assessor sign-off');
  drawLearnerPanel(cursor);
  cursor.y += 5;
  drawAssessorPanel(cursor, learner.assessor);
}

function drawPanel(pdf: jsPDF, top: number, height: number): void {
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.3);
  pdf.roundedRect(MARGIN, top, CONTENT_WIDTH, height, 1.5, 1.5, 'S');
}

function drawSubheading(pdf: jsPDF, text: string, top: number): void {
  setType(pdf, 10.5, 'bold', NAVY);
  pdf.text(text, MARGIN + PANEL_PADDING, baselineIn(top, SUBHEADING_ROW, 10.5));
}

/** A label with a ruled line to write on, and optional printed text sitting on the line. */
function drawWriteOnLine(
  pdf: jsPDF,
  label: string,
  x: number,
  width: number,
  rowTop: number,
  { prefill = '', labelWidth = 0 }: { prefill?: string; labelWidth?: number } = {},
): void {
  const lineY = rowTop + SIGNATURE_ROW - 3;
  setType(pdf, 9, 'normal', MUTED);
  pdf.text(label, x, lineY);
  const lineStart = x + Math.max(labelWidth, pdf.getTextWidth(label) + 2);
  pdf.setDrawColor(...MUTED);
  pdf.setLineWidth(0.25);
  pdf.line(lineStart, lineY + 0.6, x + width, lineY + 0.6);
  if (!isBlank(prefill)) {
    setType(pdf, 10, 'normal', TEXT);
    pdf.text(ellipsize(pdf, singleLine(prefill), x + width - lineStart - 2), lineStart + 1.5, lineY - 0.8);
  }
}

function drawLearnerPanel(cursor: Cursor): void {
  const { pdf } = cursor;
  const top = cursor.y;
  const height = learnerPanelHeight(pdf);
  drawPanel(pdf, top, height);
  let y = top + PANEL_PADDING;
  drawSubheading(pdf, 'Learner declaration', y);
  y += SUBHEADING_ROW;
  const lines = declarationLines(pdf);
  setType(pdf, 10, 'normal', TEXT);
  lines.forEach((line, index) => {
    pdf.text(line, MARGIN + PANEL_PADDING, baselineIn(y + index * lineHeight(10), lineHeight(10), 10));
  });
  y += lines.length * lineHeight(10);
  const inner = CONTENT_WIDTH - 2 * PANEL_PADDING;
  drawWriteOnLine(pdf, 'Learner signature', MARGIN + PANEL_PADDING, inner * 0.62, y, { labelWidth: FORM_LABEL_WIDTH });
  drawWriteOnLine(pdf, 'Date', MARGIN + PANEL_PADDING + inner * 0.68, inner * 0.32, y);
  cursor.y = top + height;
}

function drawAssessorPanel(cursor: Cursor, assessor: string): void {
  const { pdf } = cursor;
  const top = cursor.y;
  const height = assessorPanelHeight();
  const left = MARGIN + PANEL_PADDING;
  const inner = CONTENT_WIDTH - 2 * PANEL_PADDING;
  drawPanel(pdf, top, height);
  let y = top + PANEL_PADDING;
  drawSubheading(pdf, 'Assessor sign-off', y);
  y += SUBHEADING_ROW;
  drawWriteOnLine(pdf, 'Assessor name', left, inner * 0.62, y, { prefill: assessor, labelWidth: FORM_LABEL_WIDTH });
  drawWriteOnLine(pdf, 'Date', left + inner * 0.68, inner * 0.32, y);
  y += SIGNATURE_ROW;
  drawOutcome(pdf, left, y);
  y += OUTCOME_ROW + OUTCOME_NOTE_ROW;
  setType(pdf, 9, 'normal', MUTED);
  pdf.text('Comments', left, y + 3.5);
  y += 6;
  drawCommentsBox(pdf, left, y, inner);
}

/** Outcome tick boxes. The qualification is graded Pass only, so there are just two. */
function drawOutcome(pdf: jsPDF, left: number, top: number): void {
  const box = 4;
  const boxTop = top + (OUTCOME_ROW - box) / 2;
  const baseline = baselineIn(top, OUTCOME_ROW, 10);
  setType(pdf, 9, 'normal', MUTED);
  pdf.text('Outcome', left, baseline);
  let x = left + FORM_LABEL_WIDTH;
  pdf.setDrawColor(...TEXT);
  pdf.setLineWidth(0.3);
  for (const option of ['Pass', 'Not yet achieved']) {
    pdf.rect(x, boxTop, box, box, 'S');
    setType(pdf, 10, 'normal', TEXT);
    pdf.text(option, x + box + 2, baseline);
    x += box + 2 + pdf.getTextWidth(option) + 12;
  }
  setType(pdf, 8, 'normal', MUTED);
  pdf.text('Tick one: this qualification is graded Pass only.', left + FORM_LABEL_WIDTH, top + OUTCOME_ROW + 2.5);
}

function drawCommentsBox(pdf: jsPDF, left: number, top: number, width: number): void {
  const height = COMMENT_LINES * COMMENT_LINE_GAP + 2;
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.3);
  pdf.rect(left, top, width, height, 'S');
  pdf.setDrawColor(225, 229, 234);
  pdf.setLineWidth(0.2);
  for (let line = 1; line < COMMENT_LINES; line += 1) {
    const y = top + 1 + line * COMMENT_LINE_GAP;
    pdf.line(left + 3, y, left + width - 3, y);
  }
}

// ---------------------------------------------------------------------------------------------
// Running header and footer, added last so every page knows the total page count
// ---------------------------------------------------------------------------------------------

/** What the running header and the footer of one page say. */
type PageFurniture = { header: string; learnerName: string; date: string };

/** An evidence document's pages: its worksheet and unit above, the learner and date below. */
function documentFurniture(doc: EvidenceDocument): PageFurniture {
  return {
    header: `${singleLine(doc.worksheetTitle)} · Unit ${singleLine(doc.unit.code)}`,
    learnerName: doc.learner.name,
    date: doc.date,
  };
}

/** Numbers every page of the PDF "Page X of Y", Y the whole PDF's page count. */
function drawRunningHeadersAndFooters(pdf: jsPDF, furnitureFor: (page: number) => PageFurniture): void {
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

// ---------------------------------------------------------------------------------------------
// Worked example marks (class demo exports)
// ---------------------------------------------------------------------------------------------

const WORKED_EXAMPLE_MARK = 'WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE';

/** The notice in a box under the title, in full. */
function drawWorkedExampleNotice(cursor: Cursor, notice: string): void {
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
function drawWorkedExampleMarks(pdf: jsPDF): void {
  const total = pdf.getNumberOfPages();
  for (let page = 1; page <= total; page += 1) {
    pdf.setPage(page);
    setType(pdf, 8, 'bold', NOT_YET_AMBER);
    pdf.text(WORKED_EXAMPLE_MARK, CONTENT_RIGHT, 18, { align: 'right' });
  }
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
      setPackProperties(pdf, pack, units);
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

function setPackProperties(pdf: jsPDF, pack: PortfolioPack, units: Array<{ code: string }>): void {
  const plain = (text: string) => emojiFallbackFor(pdf)?.restore(text) ?? text;
  pdf.setProperties({
    title: plain(singleLine(`${PACK_TITLE} – ${pack.learner.name || NOT_GIVEN}`)),
    subject: units.length > 0 ? singleLine(`Units ${unitList(units)}`) : PACK_TITLE,
    author: plain(singleLine(pack.learner.name)),
    creator: 'Coursework Toolkit',
  });
  pdf.setLanguage('en-GB');
}

function drawPackCover(pdf: jsPDF, pack: PortfolioPack, layout: PackLayout, units: Array<{ code: string; title: string }>): void {
  const cursor: Cursor = { pdf, y: CONTENT_TOP + 2 };
  drawWrapped(cursor, 'COURSEWORK EVIDENCE', { size: 8.5, style: 'bold', colour: MUTED });
  drawWrapped(cursor, PACK_TITLE, { size: 20, style: 'bold', colour: NAVY });
  if (!isBlank(pack.learner.name)) drawWrapped(cursor, singleLine(pack.learner.name), { size: 13 });
  const unitsLine =
    units.length === 0 ? 'No units evidenced yet.' : `Units evidenced: ${units.map((unit) => singleLine(`${unit.code} ${unit.title}`)).join('; ')}`;
  drawWrapped(cursor, unitsLine, { size: 10.5, colour: MUTED });
  cursor.y += 2.5;
  pdf.setDrawColor(...NAVY);
  pdf.setLineWidth(0.6);
  pdf.line(MARGIN, cursor.y, CONTENT_RIGHT, cursor.y);
  cursor.y += 2;

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

type SignedPanel = {
  title: string;
  text: string;
  /** Rows of write-on lines: a wide one on the left, an optional narrow one on the right. */
  rows: Array<[{ label: string; prefill?: string }, { label: string; prefill?: string }?]>;
};

function signedPanelLines(pdf: jsPDF, panel: SignedPanel): string[] {
  setType(pdf, 10);
  return wrapText(pdf, panel.text, CONTENT_WIDTH - 2 * PANEL_PADDING);
}

function signedPanelHeight(pdf: jsPDF, panel: SignedPanel): number {
  const commentsBox = COMMENT_LINES * COMMENT_LINE_GAP + 2;
  const text = signedPanelLines(pdf, panel).length * lineHeight(10);
  return 2 * PANEL_PADDING + SUBHEADING_ROW + text + panel.rows.length * SIGNATURE_ROW + 6 + commentsBox;
}

/** A declaration with its write-on lines and a comments box, kept whole on one page. */
function drawSignedPanel(cursor: Cursor, panel: SignedPanel): void {
  const { pdf } = cursor;
  const height = signedPanelHeight(pdf, panel);
  ensureSpace(cursor, height);
  const top = cursor.y;
  const left = MARGIN + PANEL_PADDING;
  const inner = CONTENT_WIDTH - 2 * PANEL_PADDING;
  drawPanel(pdf, top, height);
  let y = top + PANEL_PADDING;
  drawSubheading(pdf, panel.title, y);
  y += SUBHEADING_ROW;
  const lines = signedPanelLines(pdf, panel);
  setType(pdf, 10, 'normal', TEXT);
  lines.forEach((line, index) => pdf.text(line, left, baselineIn(y + index * lineHeight(10), lineHeight(10), 10)));
  y += lines.length * lineHeight(10);
  for (const [wide, narrow] of panel.rows) {
    drawWriteOnLine(pdf, wide.label, left, inner * 0.62, y, { prefill: wide.prefill, labelWidth: FORM_LABEL_WIDTH });
    if (narrow) drawWriteOnLine(pdf, narrow.label, left + inner * 0.66, inner * 0.34, y, { prefill: narrow.prefill });
    y += SIGNATURE_ROW;
  }
  setType(pdf, 9, 'normal', MUTED);
  pdf.text('Comments', left, y + 3.5);
  drawCommentsBox(pdf, left, y + 6, inner);
  cursor.y = top + height;
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
    text: PACK_LEARNER_DECLARATION,
    rows: [
      [{ label: 'Learner name', prefill: learner.name }, { label: 'Learner no.', prefill: learner.learnerNumber }],
      [{ label: 'Learner signature' }, { label: 'Date' }],
    ],
  });
  cursor.y += 5;
  drawSignedPanel(cursor, {
    title: 'Assessor declaration',
    text: PACK_ASSESSOR_DECLARATION,
    rows: [[{ label: 'Assessor name', prefill: learner.assessor }], [{ label: 'Assessor signature' }, { label: 'Date' }]],
  });
  return { first, last: pdf.getNumberOfPages() };
}
