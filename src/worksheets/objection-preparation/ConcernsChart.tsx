import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartRow } from '../../lib/evidence-types';

/** Draws the rows it is given; the counts are worked out in calculations.ts. */
export function ConcernsChart({ rows }: { rows: BarChartRow[] }) {
  return (
    <div className="chart" role="img" aria-label="Bar chart of how many times each common concern came up in previous sales conversations; the same figures are in the table above.">
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 56 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 32, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="value" name="Times it came up" fill="#1f4e79" isAnimationActive={false} label={{ position: 'right' }} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
