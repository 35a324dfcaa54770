import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartHeight, seriesKey, type BreakdownRow } from './chart-data';
import { type CriterionWeight } from './calculations';
import { formatNumber } from '../../lib/numbers';

/** Distinct in hue and lightness; the legend names each, and the table above holds the same figures. */
const COLOURS = ['#1f4e79', '#c55a11', '#548235', '#7030a0', '#bf9000', '#2e75b6', '#a5002a', '#3b3838', '#00808a', '#8c6d46', '#5b5fc7', '#6b8e23'];


/** "C1", "C2"…: the criterion's code, as in the PDF's matrix. */
const criterionCode = (index: number) => `C${index + 1}`;
/** Narrower segments than this carry no code; the legend, tooltip and table still name them. */
const MIN_LABELLED_WIDTH = 26;

type SegmentProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string };

/** A criterion's code written on its segment, white on a dark outline so it reads on every fill. */
function segmentCode(props: SegmentProps, code: string) {
  const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
  if (!(width >= MIN_LABELLED_WIDTH) || !(height > 0)) return null;
  return (
    <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={700} fill="#fff" stroke="#1a1a1a" strokeWidth={3} paintOrder="stroke">
      {code}
    </text>
  );
}

/**
 * Draws the rows it is given: one stacked bar per option, a segment per criterion. Each segment
 * carries its criterion's code, named in the legend, so the criteria are told apart without colour.
 */
export const BreakdownChart = memo(function BreakdownChart({ rows, weights, maxValue }: { rows: BreakdownRow[]; weights: CriterionWeight[]; maxValue: number }) {
  return (
    <div className="chart" role="img" aria-label="Stacked bar chart of each option’s weighted score broken down by criterion; the same figures are in the ranking table above.">
      <ResponsiveContainer width="100%" height={chartHeight(rows.length)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, maxValue]} tickFormatter={(v: number) => formatNumber(v)} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} />
          {/* Criteria order, as in the stack and the table; dark text, since some fills are too light for text. */}
          <Legend itemSorter={null} formatter={(value: string) => <span className="decision-legend__label">{value}</span>} />
          {weights.map((w, j) => (
            <Bar
              key={w.criterionId}
              dataKey={seriesKey(w.criterionId)}
              name={`${criterionCode(j)} ${w.name}`}
              stackId="total"
              fill={COLOURS[j % COLOURS.length]}
              stroke="#fff"
              isAnimationActive={false}
            >
              <LabelList dataKey={seriesKey(w.criterionId)} content={(props: SegmentProps) => segmentCode(props, criterionCode(j))} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
