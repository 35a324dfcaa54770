/**
 * Layout that measures: the arithmetic behind every page-flow decision, with no jsPDF. Drawers
 * measure text with the PDF's fonts and hand the numbers here, so each rule (how wide a column, how
 * many bars fit, where a key wraps) is tested with worked numbers rather than by reading PDFs back.
 */
import type { BarChartRow, PdfBlock } from '../lib/evidence-types';
import { CONTENT_WIDTH, HEADING_HEIGHT, KEEP_WITH_NEXT, PT_TO_MM } from './page-style';

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

// ---------------------------------------------------------------------------------------------
// Lines of text
// ---------------------------------------------------------------------------------------------

/** Height of one line of text at this size, with comfortable leading. */
export function lineHeight(sizePt: number, leading = 1.4): number {
  return sizePt * PT_TO_MM * leading;
}

/** The baseline that vertically centres a line of text in a box of the given top and height. */
export function baselineIn(top: number, boxHeight: number, sizePt: number): number {
  const size = sizePt * PT_TO_MM;
  // DejaVu Sans's capitals and x-height sit about 0.35 em above the centre line's baseline.
  return top + boxHeight / 2 + size * 0.35;
}

/** Room a heading reserves: its own height plus what the next block needs to begin, never less than KEEP_WITH_NEXT. */
export function headingReserve(nextStart: number): number {
  return Math.max(KEEP_WITH_NEXT, HEADING_HEIGHT + nextStart);
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** Table cells' left and right padding (mm), as in the table style. */
export const TABLE_CELL_PADDING_X = 2.2;
/** Horizontal cell padding, plus a hair so rounding never forces a break. */
const CELL_PADDING_X = TABLE_CELL_PADDING_X * 2 + 0.4;

/** Turns relative column widths into mm; anything unusable falls back to equal widths. */
export function columnWidthsMm(relative: number[] | undefined, columnCount: number, total = CONTENT_WIDTH): number[] {
  const usable =
    relative !== undefined &&
    relative.length === columnCount &&
    relative.every((width) => Number.isFinite(width) && width > 0);
  const weights = usable ? relative : Array.from({ length: columnCount }, () => 1);
  const weightSum = sum(weights);
  return weights.map((weight) => (weight / weightSum) * total);
}

/**
 * Widens columns that are too narrow for their longest word (taking the room from wider ones), so
 * "Environmental" is never broken as "Environmenta / l". Minimums that cannot all fit shrink evenly.
 */
export function fitColumnWidths(preferred: number[], minimums: number[], total = CONTENT_WIDTH): number[] {
  const minimumSum = sum(minimums);
  const mins = minimumSum > total ? minimums.map((min) => (min / minimumSum) * total) : minimums;
  const locked = new Set<number>();
  for (;;) {
    const free = preferred.map((_, index) => index).filter((index) => !locked.has(index));
    const remaining = total - sum([...locked].map((index) => mins[index] ?? 0));
    const freeWeight = sum(free.map((index) => preferred[index] ?? 0));
    const widths = preferred.map((weight, index) =>
      locked.has(index) ? (mins[index] ?? 0) : (weight / freeWeight) * remaining,
    );
    const tooNarrow = free.filter((index) => (widths[index] ?? 0) < (mins[index] ?? 0));
    if (tooNarrow.length === 0 || free.length === 0) return widths;
    tooNarrow.forEach((index) => locked.add(index));
  }
}

/**
 * A column's narrowest sensible width from the widths of its longest words (header and body):
 * the longest plus padding, capped at 40% of the page so one URL can't take the table.
 */
export function columnMinimum(headerWordWidth: number, bodyWordWidths: number[]): number {
  const bodyWidth = Math.max(0, ...bodyWordWidths);
  return Math.min(Math.max(headerWordWidth, bodyWidth) + CELL_PADDING_X, CONTENT_WIDTH * 0.4);
}

/** Estimated height of a table row from the wrapped line count of each of its cells (9 pt type). */
export function tableRowHeight(lineCounts: number[]): number {
  return Math.max(1, ...lineCounts) * lineHeight(9, 1.15) + 3.6;
}

/** Room a table needs to begin: a gap, its caption if any, its header row and its first body row. */
export function tableStartHeight(hasCaption: boolean, headRowHeight: number, firstRowHeight: number): number {
  const caption = hasCaption ? 8 : 0;
  return 4 + caption + headRowHeight + firstRowHeight;
}

/** A table at most this tall (mm) is kept whole on one page rather than split. */
export const KEEP_WHOLE_TABLE = 60;

/**
 * Room a table must have on the page before it starts, so that no row is left alone: a short
 * table is kept whole; a table whose last row alone would spill onto the next page moves whole if
 * it fits on a page; otherwise its header and first two rows start together. `start` is the
 * caption, header and first row; `rows` every body row's height; `space` the room left on the page.
 */
export function tableKeepHeight(start: number, rows: readonly number[], space: number, pageContent: number): number {
  const whole = start + rows.slice(1).reduce((sum, row) => sum + row, 0);
  const last = rows.length > 1 ? rows[rows.length - 1]! : 0;
  const fitsOnAPage = whole <= pageContent;
  const leavesLastRowAlone = whole > space && whole - last <= space;
  if (fitsOnAPage && (whole <= KEEP_WHOLE_TABLE || leavesLastRowAlone)) return whole;
  return start + (rows[1] ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Charts
// ---------------------------------------------------------------------------------------------

/** A chart value as drawn: negatives and non-numbers are 0, so a bar never runs backwards. */
export function safeValue(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** The chart's scale: the stated maximum, stretched if a value exceeds it, never zero. */
export function chartMaximum(statedMax: number, rows: BarChartRow[]): number {
  const largest = Math.max(0, ...rows.map((row) => safeValue(row.value)));
  const stated = Number.isFinite(statedMax) && statedMax > 0 ? statedMax : 0;
  return Math.max(stated, largest) || 1;
}

/** Tick values from 0 to max at a round step (1, 2, 2.5 or 5 × 10ⁿ), with max itself always marked. */
export function axisTicks(max: number, maxTicks = 10): number[] {
  const magnitude = 10 ** Math.floor(Math.log10(max / maxTicks));
  // Whole-number scales (scores out of 5 or 25) read best with whole-number ticks, so skip 2.5.
  const factors = Number.isInteger(max) && magnitude >= 1 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const roundStep =
    factors.map((factor) => factor * magnitude).find((candidate) => max / candidate <= maxTicks) ?? 10 * magnitude;
  const step = Number.isInteger(max) ? Math.max(1, Math.round(roundStep)) : roundStep;
  const ticks: number[] = [];
  for (let index = 0; index * step <= max + step * 1e-9; index += 1) ticks.push(Number((index * step).toFixed(10)));
  const last = ticks[ticks.length - 1] ?? 0;
  if (max - last > step * 1e-9) {
    // Replace a tick that would crowd max's label rather than print two labels on top of each other.
    if (max - last < step / 2) ticks.pop();
    ticks.push(max);
  }
  return ticks;
}

/** Where a value falls along a bar axis starting at `left`, `width` long; values past max stop at its end. */
export function xForValue(value: number, maxValue: number, left: number, width: number): number {
  return left + (Math.min(value, maxValue) / maxValue) * width;
}

/** The chart's groups in first-seen order, each once, blank ones left out. */
export function chartGroups(groups: string[]): string[] {
  return [...new Set(groups.filter((group) => group !== ''))];
}

/** A group's colour slot: its place among the groups (the first for none or an unknown one). */
export function groupIndex(groups: string[], group: string | undefined): number {
  return group === undefined ? 0 : Math.max(0, groups.indexOf(group));
}

/** How many rows from `start` fit, whole and in order, in `height`. */
export function rowsThatFit(rowHeights: number[], start: number, height: number): number {
  let used = 0;
  let count = 0;
  for (const rowHeight of rowHeights.slice(start)) {
    if (used + rowHeight > height) break;
    used += rowHeight;
    count += 1;
  }
  return count;
}

/** A sliver of fewer rows than this, with its own axis and key, looks like a mistake. */
const MIN_CHART_ROWS = 4;

/** One piece of a chart split across pages: rows start..start+count, on a new page or not. */
export type ChartPart = { start: number; count: number; newPageBefore: boolean };

/**
 * Splits a chart's rows into pieces that each fit a page with their caption, axis and key
 * (`frame`). A chart that fits on one page is never split: it moves whole to the next page if need
 * be. A piece that would hold only a sliver starts the chart afresh on the next page instead.
 * `spaceLeft` is the room below the cursor, `atTop` whether the cursor is at the top of a page.
 */
export function planChartParts(
  rowHeights: number[],
  { frame, pageHeight, spaceLeft, atTop }: { frame: number; pageHeight: number; spaceLeft: number; atTop: boolean },
): ChartPart[] {
  const parts: ChartPart[] = [];
  let space = spaceLeft;
  let top = atTop;
  let newPageBefore = false;
  const startAfresh = () => {
    newPageBefore = true;
    space = pageHeight;
    top = true;
  };
  const totalHeight = frame + sum(rowHeights);
  if (totalHeight <= pageHeight && totalHeight > space && !top) startAfresh();
  let start = 0;
  while (start < rowHeights.length) {
    let count = rowsThatFit(rowHeights, start, space - frame);
    const tooFew = count < Math.min(MIN_CHART_ROWS, rowHeights.length - start) && !top;
    if (count === 0 || tooFew) {
      if (!top) {
        startAfresh();
        continue;
      }
      // A row taller than a whole page still goes in, rather than a new page forever.
      count = 1;
    }
    parts.push({ start, count, newPageBefore });
    start += count;
    if (start < rowHeights.length) startAfresh();
  }
  return parts;
}

/** A place in a key: left edge and row. */
export type RowPlacement = { x: number; row: number };

/**
 * Places items of the given widths left to right from `left`, wrapping onto a further row when an
 * item would pass `right` (a row's first item always stays, however wide). Returns each item's
 * place and the number of rows.
 */
export function placeInRows(widths: number[], left: number, right: number): { places: RowPlacement[]; rows: number } {
  let x = left;
  let row = 0;
  const places = widths.map((width) => {
    if (x + width > right && x > left) {
      row += 1;
      x = left;
    }
    const place = { x, row };
    x += width;
    return place;
  });
  return { places, rows: row + 1 };
}

/** Whether a line chart has anything to plot: an x label and at least one finite value. */
export function hasPlottablePoints(block: Extract<PdfBlock, { kind: 'lineChart' }>): boolean {
  return block.xLabels.length > 0 && block.series.some((s) => s.values.some((v) => v !== null && Number.isFinite(v)));
}
