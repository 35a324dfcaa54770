/** Drawer for a PdfBlock line chart: vector lines told apart by dash and point shape as well as colour, selectable labels. */
import { REFERENCE_LINE_COLOUR, rgbOfHex } from '../../lib/chart-colours';
import type { jsPDF } from 'jspdf';
import type { PdfBlock } from '../../lib/evidence-types';
import { addGap, drawCaption, drawWrapped, ensureSpace } from '../flow';
import { baselineIn, hasPlottablePoints, lineHeight } from '../layout';
import { lineChartGeometry, type LineChartGeometry, type PlotBox, type Point } from '../line-chart';
import { ellipsize, setType, wrapText } from '../measure';
import { CAPTION_TYPE, CONTENT_WIDTH, GROUP_COLOURS, MARGIN, MUTED, NAVY, NOT_GIVEN, TEXT, type Cursor, type Rgb } from '../page-style';
import { formatNumber, singleLine } from '../text';
import { CHART_LABEL_SIZE, drawKeyLabel, keyLayout, KEY_ROW_HEIGHT } from './chart-key';

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
const REFERENCE_COLOUR: Rgb = rgbOfHex(REFERENCE_LINE_COLOUR) ?? [55, 55, 55];
const LINE_KEY_SAMPLE = 9;

export function drawLineChart(cursor: Cursor, block: LineChartBlock): void {
  const { pdf } = cursor;
  addGap(cursor, 4);
  if (!hasPlottablePoints(block)) {
    drawCaption(cursor, block.caption, lineHeight(10));
    drawWrapped(cursor, 'No data to chart.', { size: 10, colour: MUTED });
    return;
  }
  const names = block.series.map((s) => singleLine(s.name) || NOT_GIVEN);
  const refNames = (block.referenceLines ?? []).map((line) => singleLine(line.label));
  const legendHeight = lineLegendLayout(pdf, names, refNames).height;
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

/** The series, then the reference lines, as key items. */
function lineLegendLayout(pdf: jsPDF, names: string[], refNames: string[]) {
  const entries = [...names.map((_, index) => ({ index, isReference: false })), ...refNames.map((_, index) => ({ index, isReference: true }))];
  const { items, height } = keyLayout(pdf, [...names, ...refNames], LINE_KEY_SAMPLE);
  return { items: items.map((item, position) => ({ ...item, ...(entries[position] ?? { index: 0, isReference: false }) })), height };
}

function drawLineLegend(cursor: Cursor, names: string[], refNames: string[]): void {
  const { pdf } = cursor;
  const { items, height } = lineLegendLayout(pdf, names, refNames);
  drawKeyLabel(pdf, cursor.y);
  for (const item of items) {
    const midY = cursor.y + item.row * KEY_ROW_HEIGHT + KEY_ROW_HEIGHT / 2;
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
    pdf.text(item.name, item.x + LINE_KEY_SAMPLE + 1.5, baselineIn(cursor.y + item.row * KEY_ROW_HEIGHT, KEY_ROW_HEIGHT, CHART_LABEL_SIZE));
  }
  cursor.y += height;
}
