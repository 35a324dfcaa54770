/**
 * Geometry of a PDF line chart, as plain numbers: where each point, tick, label and reference line
 * goes inside a plot box. Pure, so it is tested without jspdf; `blocks/line-chart.ts` draws the result.
 */
import type { LineSeries } from '../lib/evidence-types';

export type PlotBox = { left: number; top: number; width: number; height: number };
export type Point = { x: number; y: number };

export type LineChartGeometry = {
  /** x of each x label's slot, evenly spaced across the plot. */
  slotX: number[];
  /** Indexes of the x labels to print, thinned so they never overlap. */
  labelledSlots: number[];
  /** y-axis ticks, each with its value and height on the page. */
  ticks: Array<{ value: number; y: number }>;
  /** Each series as runs of joined points; a missing value breaks the line. */
  series: Array<{ name: string; runs: Point[][] }>;
  referenceLines: Array<{ label: string; value: number; y: number }>;
  yMin: number;
  yMax: number;
};

/** The chart's y range: the stated one, stretched to take in every finite value, never empty. */
export function lineChartRange(
  yMin: number,
  yMax: number,
  values: number[],
): { yMin: number; yMax: number } {
  const finite = values.filter(Number.isFinite);
  let low = Math.min(Number.isFinite(yMin) ? yMin : 0, ...finite);
  let high = Math.max(Number.isFinite(yMax) ? yMax : 0, ...finite);
  if (!(high > low)) {
    low -= 0.5;
    high += 0.5;
  }
  return { yMin: low, yMax: high };
}

/** Round tick values across [min, max], at most `maxTicks` + 1 of them, both ends included. */
export function rangeTicks(min: number, max: number, maxTicks = 10): number[] {
  const span = max - min;
  const magnitude = 10 ** Math.floor(Math.log10(span / maxTicks));
  // Whole-number scales (ratings, counts) read best with whole-number ticks, so skip 2.5 there.
  const factors = Number.isInteger(min) && Number.isInteger(max) && magnitude >= 1 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = factors.map((factor) => factor * magnitude).find((candidate) => span / candidate <= maxTicks) ?? 10 * magnitude;
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9) * step;
  for (let value = first; value <= max + step * 1e-9; value += step) ticks.push(Number(value.toFixed(10)) + 0); // + 0 turns -0 into 0
  // The ends are always marked; an end replaces a round tick too close to it to print both.
  const first0 = ticks[0];
  if (first0 === undefined || first0 - min > step * 1e-9) {
    if (first0 !== undefined && first0 - min < step / 2) ticks.shift();
    ticks.unshift(min);
  }
  const last = ticks.at(-1) ?? min;
  if (max - last > step * 1e-9) {
    if (max - last < step / 2 && ticks.length > 1) ticks.pop();
    ticks.push(max);
  }
  return ticks;
}

/**
 * Which of `count` evenly spaced labels to print when each needs `labelWidth` of the `plotWidth`:
 * every nth, always the first and the last.
 */
export function thinLabels(count: number, labelWidth: number, plotWidth: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0];
  const slot = plotWidth / (count - 1);
  const every = Math.max(1, Math.ceil((labelWidth + 2) / Math.max(slot, 1e-9)));
  const chosen: number[] = [];
  for (let index = 0; index < count; index += every) chosen.push(index);
  const last = count - 1;
  // The last label replaces a neighbour that would crowd it.
  if (chosen.at(-1) !== last) {
    if (last - (chosen.at(-1) ?? 0) < every) chosen.pop();
    chosen.push(last);
  }
  return chosen;
}

export function lineChartGeometry(
  block: { yMin: number; yMax: number; xLabels: string[]; series: LineSeries[]; referenceLines?: Array<{ label: string; value: number }> },
  box: PlotBox,
  labelWidth: number,
): LineChartGeometry {
  const allValues = [
    ...block.series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
    ...(block.referenceLines ?? []).map((line) => line.value),
  ];
  const { yMin, yMax } = lineChartRange(block.yMin, block.yMax, allValues);
  const count = block.xLabels.length;
  const slotX = block.xLabels.map((_, index) =>
    count === 1 ? box.left + box.width / 2 : box.left + (index / (count - 1)) * box.width,
  );
  const yFor = (value: number) => box.top + box.height - ((value - yMin) / (yMax - yMin)) * box.height;

  const series = block.series.map((s) => {
    const runs: Point[][] = [];
    let run: Point[] = [];
    s.values.slice(0, count).forEach((value, index) => {
      if (value === null || !Number.isFinite(value)) {
        if (s.connectGaps) return;
        if (run.length) runs.push(run);
        run = [];
        return;
      }
      run.push({ x: slotX[index] ?? box.left, y: yFor(value) });
    });
    if (run.length) runs.push(run);
    return { name: s.name, runs };
  });

  return {
    slotX,
    labelledSlots: thinLabels(count, labelWidth, box.width),
    ticks: rangeTicks(yMin, yMax).map((value) => ({ value, y: yFor(value) })),
    series,
    referenceLines: (block.referenceLines ?? [])
      .filter((line) => Number.isFinite(line.value))
      .map((line) => ({ ...line, y: yFor(line.value) })),
    yMin,
    yMax,
  };
}
