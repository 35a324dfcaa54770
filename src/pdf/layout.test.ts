import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PdfBlock } from '../lib/evidence-types';
import {
  axisTicks,
  baselineIn,
  chartGroups,
  chartMaximum,
  columnMinimum,
  columnWidthsMm,
  fitColumnWidths,
  groupIndex,
  hasPlottablePoints,
  headingReserve,
  lineHeight,
  placeInRows,
  planChartParts,
  rowsThatFit,
  safeValue,
  tableRowHeight,
  tableStartHeight,
  tableKeepHeight,
  xForValue,
} from './layout';

describe('layout helpers', () => {
  it('turns relative column widths into millimetres that fill the width', () => {
    expect(columnWidthsMm([1, 3], 2, 100)).toEqual([25, 75]);
    expect(columnWidthsMm(undefined, 4, 100)).toEqual([25, 25, 25, 25]);
    // Wrong length or a non-positive width: equal columns rather than a broken table.
    expect(columnWidthsMm([1, 2], 3, 90)).toEqual([30, 30, 30]);
    expect(columnWidthsMm([1, 0, 2], 3, 90)).toEqual([30, 30, 30]);
  });

  it('widens a column too narrow for its longest word, taking the room from the others', () => {
    expect(fitColumnWidths([50, 50], [10, 10], 100)).toEqual([50, 50]);
    expect(fitColumnWidths([10, 45, 45], [20, 10, 10], 100)).toEqual([20, 40, 40]);
    // Minimums that cannot all fit share the width in proportion.
    expect(fitColumnWidths([1, 1], [80, 120], 100)).toEqual([40, 60]);
    const widths = fitColumnWidths([1, 2, 5, 2.2, 3], [9, 27, 20, 22, 30], 174);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(174);
    [9, 27, 20, 22, 30].forEach((min, index) => expect(widths[index]).toBeGreaterThanOrEqual(min - 1e-9));
  });

  it('gives axis ticks from 0 to the maximum at a round step', () => {
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(axisTicks(100)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(20)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(axisTicks(0.5)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]);
    expect(axisTicks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    const odd = axisTicks(37);
    expect(odd[0]).toBe(0);
    expect(odd[odd.length - 1]).toBe(37);
    expect(odd.length).toBeLessThanOrEqual(11);
  });

  it('stretches the chart scale to the largest value and never divides by zero', () => {
    expect(chartMaximum(5, [{ label: 'a', value: 3 }])).toBe(5);
    expect(chartMaximum(5, [{ label: 'a', value: 8 }])).toBe(8);
    expect(chartMaximum(0, [{ label: 'a', value: 0 }])).toBe(1);
    expect(chartMaximum(Number.NaN, [{ label: 'a', value: -4 }])).toBe(1);
  });
});

describe('lines of text', () => {
  it('gives a line 1.4 times its type size, in mm (1 pt = 25.4 / 72 mm)', () => {
    // 10 pt = 3.5278 mm; × 1.4 = 4.9389 mm.
    expect(lineHeight(10)).toBeCloseTo(4.9389, 4);
    // Table type: 9 pt × 1.15 = 3.65125 mm.
    expect(lineHeight(9, 1.15)).toBeCloseTo(3.65125, 5);
  });

  it('centres a baseline in its box: top + half the box + 0.35 em', () => {
    // 20 + 10 / 2 + 0.35 × 3.5278 = 26.2347.
    expect(baselineIn(20, 10, 10)).toBeCloseTo(26.2347, 4);
  });

  it('keeps at least 40 mm under a heading, more when the next block needs it to begin', () => {
    expect(headingReserve(0)).toBe(40);
    expect(headingReserve(28)).toBe(40);
    // Heading 12 mm + a table start of 30 mm.
    expect(headingReserve(30)).toBe(42);
  });
});

describe('tables', () => {
  it('makes a column as wide as its longest word plus padding, never over 40% of the page', () => {
    // Longest word 20 mm + 2 × 2.2 mm padding + 0.4 mm = 24.8 mm.
    expect(columnMinimum(10, [5, 20])).toBeCloseTo(24.8);
    expect(columnMinimum(12, [])).toBeCloseTo(16.8);
    // A 100 mm URL is capped at 40% of the 174 mm content width.
    expect(columnMinimum(100, [])).toBeCloseTo(69.6);
  });

  it('estimates a row from its tallest cell: lines × 3.6513 mm + 3.6 mm padding', () => {
    expect(tableRowHeight([1, 3, 2])).toBeCloseTo(3 * 3.6513 + 3.6, 3);
    // An empty row still holds one line.
    expect(tableRowHeight([])).toBeCloseTo(7.2513, 3);
    expect(tableRowHeight([0])).toBeCloseTo(7.2513, 3);
  });

  it('reserves a gap, the caption, the header and the first row for a table to begin', () => {
    expect(tableStartHeight(true, 7, 8)).toBe(27);
    expect(tableStartHeight(false, 7, 8)).toBe(19);
  });
});

describe('charts', () => {
  it('draws negative and non-number values as 0', () => {
    expect(safeValue(3.5)).toBe(3.5);
    expect(safeValue(-2)).toBe(0);
    expect(safeValue(Number.NaN)).toBe(0);
    expect(safeValue(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('places a value along the axis, stopping at the maximum', () => {
    // Half of 5 along a 100 mm axis starting at 70 mm.
    expect(xForValue(2.5, 5, 70, 100)).toBe(120);
    expect(xForValue(0, 5, 70, 100)).toBe(70);
    expect(xForValue(8, 5, 70, 100)).toBe(170);
  });

  it('lists groups once each in first-seen order, and colours by place in that list', () => {
    const groups = chartGroups(['Threat', '', 'Opportunity', 'Threat']);
    expect(groups).toEqual(['Threat', 'Opportunity']);
    expect(groupIndex(groups, 'Opportunity')).toBe(1);
    expect(groupIndex(groups, undefined)).toBe(0);
    expect(groupIndex(groups, 'Unknown')).toBe(0);
  });

  it('counts the whole rows that fit from a start row', () => {
    expect(rowsThatFit([5, 5, 5, 5], 1, 12)).toBe(2);
    expect(rowsThatFit([5, 5, 5, 5], 0, 10)).toBe(2);
    expect(rowsThatFit([5, 5, 5, 5], 0, 4)).toBe(0);
    expect(rowsThatFit([5, 5, 5, 5], 2, 100)).toBe(2);
  });

  const page = { frame: 20, pageHeight: 254 };
  const rows = (count: number, height = 10) => Array.from({ length: count }, () => height);

  it('draws a chart that fits where it is in one piece', () => {
    // 20 mm frame + 3 × 10 mm rows = 50 mm, with 100 mm left.
    expect(planChartParts(rows(3), { ...page, spaceLeft: 100, atTop: false })).toEqual([{ start: 0, count: 3, newPageBefore: false }]);
  });

  it('moves a chart that fits on a page, but not in the room left, whole to the next page', () => {
    expect(planChartParts(rows(3), { ...page, spaceLeft: 40, atTop: false })).toEqual([{ start: 0, count: 3, newPageBefore: true }]);
  });

  it('splits a chart taller than a page, each piece with its own frame', () => {
    // 30 rows = 320 mm with the frame. Here: (100 - 20) / 10 = 8 rows; a new page: (254 - 20) / 10 = 23 rows, 22 left.
    expect(planChartParts(rows(30), { ...page, spaceLeft: 100, atTop: false })).toEqual([
      { start: 0, count: 8, newPageBefore: false },
      { start: 8, count: 22, newPageBefore: true },
    ]);
  });

  it('starts a tall chart on a new page rather than leave a sliver of fewer than four rows', () => {
    // (45 - 20) / 10 = 2 rows would fit here: too few.
    expect(planChartParts(rows(30), { ...page, spaceLeft: 45, atTop: false })).toEqual([
      { start: 0, count: 23, newPageBefore: true },
      { start: 23, count: 7, newPageBefore: true },
    ]);
    // A chart of two rows is never a sliver of itself.
    expect(planChartParts(rows(2), { ...page, spaceLeft: 45, atTop: false })).toEqual([{ start: 0, count: 2, newPageBefore: false }]);
  });

  it('puts a row taller than a page on a page of its own rather than looping', () => {
    expect(planChartParts([300], { ...page, spaceLeft: 254, atTop: true })).toEqual([{ start: 0, count: 1, newPageBefore: false }]);
  });

  it('wraps key items onto a new row when one would pass the right edge', () => {
    // From 20 mm to 80 mm: 20–50, 50–80 on the first row; the third starts the second row.
    expect(placeInRows([30, 30, 30], 20, 80)).toEqual({
      places: [
        { x: 20, row: 0 },
        { x: 50, row: 0 },
        { x: 20, row: 1 },
      ],
      rows: 2,
    });
    // An item wider than the row still starts it, never an empty row.
    expect(placeInRows([100, 10], 20, 80)).toEqual({ places: [{ x: 20, row: 0 }, { x: 20, row: 1 }], rows: 2 });
    expect(placeInRows([], 20, 80)).toEqual({ places: [], rows: 1 });
  });

  it('has nothing to plot without x labels or without a finite value', () => {
    const chart = (xLabels: string[], values: Array<number | null>): Extract<PdfBlock, { kind: 'lineChart' }> => ({
      kind: 'lineChart',
      caption: '',
      xLabel: '',
      yLabel: '',
      yMin: 0,
      yMax: 10,
      xLabels,
      series: [{ name: 'a', values }],
    });
    expect(hasPlottablePoints(chart(['1 Mar'], [3]))).toBe(true);
    expect(hasPlottablePoints(chart([], [3]))).toBe(false);
    expect(hasPlottablePoints(chart(['1 Mar', '2 Mar'], [null, Number.NaN]))).toBe(false);
  });
});

describe('a table never leaves a row alone on a page', () => {
  const PAGE = 250;
  it('a short table is kept whole', () => {
    expect(tableKeepHeight(30, [10, 10, 10], 40, PAGE)).toBe(50);
  });
  it('a long table whose last row alone would spill over moves whole', () => {
    // start 30 + 9 more rows of 10 = 120; 115 left: only the last row would go over.
    expect(tableKeepHeight(30, Array(10).fill(10), 115, PAGE)).toBe(120);
  });
  it('a long table that splits with several rows on each page starts with its first two rows', () => {
    expect(tableKeepHeight(30, Array(10).fill(10), 80, PAGE)).toBe(40);
  });
  it('a table taller than a page starts with two rows, wherever it falls', () => {
    expect(tableKeepHeight(30, Array(40).fill(10), 415, PAGE)).toBe(40);
  });
  it('whatever it returns, the table starts with at least its first two rows, and never asks for more than the whole table', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 60 }), fc.array(fc.integer({ min: 5, max: 40 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 260 }), (start, rows, space) => {
        const whole = start + rows.slice(1).reduce((a, b) => a + b, 0);
        const keep = tableKeepHeight(start, rows, space, PAGE);
        expect(keep).toBeGreaterThanOrEqual(start + (rows[1] ?? 0));
        expect(keep).toBeLessThanOrEqual(whole);
        // When the table starts here and fits on a page, it never leaves just its last row behind.
        if (keep <= space && whole <= PAGE && rows.length > 1) expect(whole > space && whole - rows.at(-1)! <= space).toBe(false);
      }),
    );
  });
});
