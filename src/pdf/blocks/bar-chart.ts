/** Drawer for a PdfBlock bar chart: vector bars, selectable text, a named key, and an axis from 0 to maxValue. */
import { rgbOfHex } from '../../lib/chart-colours';
import type { jsPDF } from 'jspdf';
import type { PdfBlock } from '../../lib/evidence-types';
import { addGap, atPageTop, drawCaption, drawWrapped, newPage, spaceLeft } from '../flow';
import {
  axisTicks,
  baselineIn,
  chartGroups,
  chartMaximum,
  groupIndex,
  lineHeight,
  planChartParts,
  safeValue,
  sum,
  xForValue,
} from '../layout';
import { ellipsize, setType, wrapLimited, wrapText } from '../measure';
import { CHART_LABEL_SIZE, drawKeyLabel, keyLayout, KEY_ROW_HEIGHT } from './chart-key';
import {
  CONTENT_BOTTOM,
  CONTENT_RIGHT,
  CONTENT_TOP,
  CONTENT_WIDTH,
  GROUP_COLOURS,
  MARGIN,
  MUTED,
  NAVY,
  NOT_GIVEN,
  TEXT,
  type Cursor,
  type Rgb,
} from '../page-style';
import { formatNumber, isBlank, singleLine } from '../text';

type BarChartBlock = Extract<PdfBlock, { kind: 'barChart' }>;
type ChartRow = { labelLines: string[]; value: number; group?: string; height: number };
type ChartLayout = {
  rows: ChartRow[];
  maxValue: number;
  groups: string[];
  /** Groups whose rows carry a fixed colour (BarChartRow.colour), by group name. */
  fixedColours: ReadonlyMap<string, Rgb>;
  barX: number;
  barWidth: number;
  legendHeight: number;
};

const CHART_LABEL_WIDTH = 52;
const CHART_LABEL_MAX_LINES = 3;
const BAR_HEIGHT = 5;
const BAR_GAP = 2.6;
const AXIS_HEIGHT = 13;
const LEGEND_SWATCH = 3.2;

export function drawBarChart(cursor: Cursor, block: BarChartBlock): void {
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
  const parts = planChartParts(
    layout.rows.map((row) => row.height),
    { frame, pageHeight: CONTENT_BOTTOM - CONTENT_TOP, spaceLeft: spaceLeft(cursor), atTop: atPageTop(cursor) },
  );
  for (const part of parts) {
    if (part.newPageBefore) newPage(cursor);
    const caption = part.start === 0 ? block.caption : `${block.caption} (continued)`;
    drawCaption(cursor, caption, 0);
    drawChartPart(cursor, layout, layout.rows.slice(part.start, part.start + part.count), block.valueLabel);
  }
}

function layoutChart(pdf: jsPDF, block: BarChartBlock): ChartLayout {
  setType(pdf, CHART_LABEL_SIZE);
  const labelLine = lineHeight(CHART_LABEL_SIZE, 1.25);
  const groups = chartGroups(block.rows.map((row) => singleLine(row.group ?? '')));
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
    fixedColours: fixedGroupColours(block.rows),
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

function fixedGroupColours(rows: readonly BarChartBlock['rows'][number][]): Map<string, Rgb> {
  const colours = new Map<string, Rgb>();
  for (const row of rows) {
    const rgb = row.colour ? rgbOfHex(row.colour) : null;
    const group = singleLine(row.group ?? '');
    if (rgb && group && !colours.has(group)) colours.set(group, rgb);
  }
  return colours;
}

function groupColour(layout: Pick<ChartLayout, 'groups' | 'fixedColours'>, group: string | undefined): Rgb {
  return (group ? layout.fixedColours.get(group) : undefined) ?? GROUP_COLOURS[groupIndex(layout.groups, group) % GROUP_COLOURS.length] ?? NAVY;
}

const xFor = (layout: ChartLayout, value: number) => xForValue(value, layout.maxValue, layout.barX, layout.barWidth);

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
  if (layout.groups.length > 0) drawLegend(cursor, layout);
}

function drawGridLines(pdf: jsPDF, layout: ChartLayout, ticks: number[], top: number, height: number): void {
  pdf.setDrawColor(228, 231, 235);
  pdf.setLineWidth(0.2);
  for (const tick of ticks) {
    const x = xFor(layout, tick);
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
  const barEnd = xFor(layout, row.value);
  if (barEnd > layout.barX) {
    pdf.setFillColor(...groupColour(layout, row.group));
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
    const x = xFor(layout, tick);
    pdf.line(x, y, x, y + 1.5);
    pdf.text(formatNumber(tick), x, y + 4.6, { align: 'center' });
  }
  if (!isBlank(valueLabel)) {
    setType(pdf, 8, 'normal', TEXT);
    const label = ellipsize(pdf, singleLine(valueLabel), layout.barWidth);
    pdf.text(label, layout.barX + layout.barWidth / 2, y + 9.5, { align: 'center' });
  }
}

function legendLayout(pdf: jsPDF, groups: string[]) {
  return keyLayout(pdf, groups, LEGEND_SWATCH);
}

function drawLegend(cursor: Cursor, layout: Pick<ChartLayout, 'groups' | 'fixedColours'>): void {
  const { pdf } = cursor;
  const { groups } = layout;
  const { items, height } = legendLayout(pdf, groups);
  drawKeyLabel(pdf, cursor.y);
  setType(pdf, CHART_LABEL_SIZE, 'normal', TEXT);
  items.forEach((item, index) => {
    const top = cursor.y + item.row * KEY_ROW_HEIGHT;
    pdf.setFillColor(...groupColour(layout, groups[index]));
    pdf.rect(item.x, top + (KEY_ROW_HEIGHT - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH, 'F');
    pdf.text(item.name, item.x + LEGEND_SWATCH + 1.5, baselineIn(top, KEY_ROW_HEIGHT, CHART_LABEL_SIZE));
  });
  cursor.y += height;
}
