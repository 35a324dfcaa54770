import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineChartGeometry, lineChartRange, rangeTicks, thinLabels } from './line-chart';

const BOX = { left: 30, top: 50, width: 140, height: 60 };

describe('lineChartGeometry', () => {
  it('spaces points evenly and maps the range onto the plot, top is high', () => {
    const geometry = lineChartGeometry(
      { yMin: 0, yMax: 10, xLabels: ['1 Mar', '2 Mar', '3 Mar'], series: [{ name: 'Rating', values: [0, 5, 10] }] },
      BOX,
      10,
    );
    expect(geometry.slotX).toEqual([30, 100, 170]);
    expect(geometry.series[0]?.runs).toEqual([[{ x: 30, y: 110 }, { x: 100, y: 80 }, { x: 170, y: 50 }]]);
  });

  it('breaks a line where a value is missing rather than joining across the gap', () => {
    const geometry = lineChartGeometry(
      { yMin: 0, yMax: 10, xLabels: ['a', 'b', 'c', 'd', 'e'], series: [{ name: 'Rating', values: [2, null, 4, 6, null] }] },
      BOX,
      5,
    );
    expect(geometry.series[0]?.runs.map((run) => run.length)).toEqual([1, 2]);
  });

  it('joins the line across missing values when the series asks for it', () => {
    const geometry = lineChartGeometry(
      { yMin: 0, yMax: 10, xLabels: ['a', 'b', 'c', 'd'], series: [{ name: 'Objective', values: [2, null, 4, null], connectGaps: true }] },
      BOX,
      5,
    );
    expect(geometry.series[0]?.runs.map((run) => run.length)).toEqual([2]);
  });

  it('places a reference line at its value and stretches the range to include it', () => {
    const geometry = lineChartGeometry(
      { yMin: 0, yMax: 10, xLabels: ['a', 'b'], series: [{ name: 'Rating', values: [1, 2] }], referenceLines: [{ label: 'Baseline', value: 12 }] },
      BOX,
      5,
    );
    expect(geometry.yMax).toBe(12);
    expect(geometry.referenceLines[0]?.y).toBe(50);
  });

  it('puts a single point in the middle', () => {
    const geometry = lineChartGeometry({ yMin: 0, yMax: 4, xLabels: ['only'], series: [{ name: 'x', values: [2] }] }, BOX, 5);
    expect(geometry.series[0]?.runs).toEqual([[{ x: 100, y: 80 }]]);
  });

  it('keeps every point inside the plot box, whatever the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (values, yMin, yMax) => {
          const xLabels = values.map((_, i) => `d${i}`);
          const geometry = lineChartGeometry({ yMin, yMax, xLabels, series: [{ name: 's', values }] }, BOX, 8);
          for (const point of geometry.series.flatMap((s) => s.runs.flat())) {
            expect(point.x).toBeGreaterThanOrEqual(BOX.left - 1e-6);
            expect(point.x).toBeLessThanOrEqual(BOX.left + BOX.width + 1e-6);
            expect(point.y).toBeGreaterThanOrEqual(BOX.top - 1e-6);
            expect(point.y).toBeLessThanOrEqual(BOX.top + BOX.height + 1e-6);
          }
        },
      ),
    );
  });
});

describe('lineChartRange', () => {
  it('keeps the stated range when every value fits, and never returns an empty range', () => {
    expect(lineChartRange(1, 10, [3, 4])).toEqual({ yMin: 1, yMax: 10 });
    expect(lineChartRange(0, 0, [])).toEqual({ yMin: -0.5, yMax: 0.5 });
    expect(lineChartRange(5, 5, [5])).toEqual({ yMin: 4.5, yMax: 5.5 });
  });
});

describe('rangeTicks', () => {
  it('gives round ticks with both ends marked', () => {
    expect(rangeTicks(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rangeTicks(1, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rangeTicks(0, 40)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40]);
    expect(rangeTicks(0, 24)).toEqual([0, 5, 10, 15, 20, 24]);
    expect(rangeTicks(-0.5, 0.5)).toEqual([-0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('marks both ends, in order, with no two ticks closer than half a step', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (min, span) => {
        const max = min + span;
        const ticks = rangeTicks(min, max);
        // An end within rounding distance of a round tick is marked by that tick.
        expect(Math.abs((ticks[0] ?? Number.NaN) - min)).toBeLessThanOrEqual(span * 1e-6);
        expect(Math.abs((ticks.at(-1) ?? Number.NaN) - max)).toBeLessThanOrEqual(span * 1e-6);
        expect(ticks.length).toBeLessThanOrEqual(13);
        const gaps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? 0));
        // The regular step is the middle gap; only the gaps at the ends may differ from it.
        const step = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? span;
        for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(step / 2 - span * 1e-6);
      }),
    );
  });
});

describe('thinLabels', () => {
  it('prints every label when there is room', () => {
    expect(thinLabels(5, 10, 140)).toEqual([0, 1, 2, 3, 4]);
  });

  it('prints every nth label, always the first and the last, with none crowding the last', () => {
    // 31 days across 140 mm, labels 12 mm wide: slot 4.67 mm, so every 3rd.
    const chosen = thinLabels(31, 12, 140);
    expect(chosen[0]).toBe(0);
    expect(chosen.at(-1)).toBe(30);
    const gaps = chosen.slice(1).map((value, index) => value - (chosen[index] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3);
  });

  it('never lets two printed labels overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.double({ min: 1, max: 40, noNaN: true }), (count, width) => {
        const chosen = thinLabels(count, width, 140);
        const slot = 140 / (count - 1);
        chosen.slice(1).forEach((value, index) => {
          const gap = (value - (chosen[index] ?? 0)) * slot;
          // Labels are centred on their points, so centres one label width apart never overlap.
          expect(gap).toBeGreaterThanOrEqual(Math.min(width, 140) - 1e-6);
        });
      }),
    );
  });
});
