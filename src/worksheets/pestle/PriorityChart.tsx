import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis, Tooltip } from 'recharts';
import type { BarChartRow } from '../../lib/evidence-types';
import { MAX_PRIORITY } from './chart-data';

/** Draws the rows it is given; the ranking itself is worked out in model.ts. */
export function PriorityChart({ rows }: { rows: BarChartRow[] }) {
  // Direction is in the label as words, so colour is never the only signal.
  const data = rows.map((row) => ({ ...row, name: `${row.label} (${(row.group ?? '').toLowerCase()})` }));
  return (
    <div className="chart" role="img" aria-label="Bar chart of the highest-priority forces by impact times likelihood; the same figures are in the table above.">
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 36 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, MAX_PRIORITY]} ticks={[0, 5, 10, 15, 20, 25]} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="value" name="Priority" isAnimationActive={false} label={{ position: 'right' }}>
            {data.map((row) => (
              <Cell key={row.name} fill={row.colour ?? '#1f4e79'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
