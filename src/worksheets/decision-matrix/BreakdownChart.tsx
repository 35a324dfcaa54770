import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartHeight, seriesKey, type BreakdownRow } from './chart-data';
import { formatNumber, type CriterionWeight } from './matrix';

/** Distinct in hue and lightness; the legend names each, and the table above holds the same figures. */
const COLOURS = ['#1f4e79', '#c55a11', '#548235', '#7030a0', '#bf9000', '#2e75b6', '#a5002a', '#3b3838', '#00808a', '#8c6d46', '#5b5fc7', '#6b8e23'];


/** Draws the rows it is given: one stacked bar per option, a segment per criterion. */
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
              name={w.name}
              stackId="total"
              fill={COLOURS[j % COLOURS.length]}
              stroke="#fff"
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
