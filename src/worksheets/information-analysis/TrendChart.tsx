import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../lib/numbers';
import type { TrendChartRow } from './chart-data';

/** Draws the rows it is given; the totals and moving average are worked out in analysis.ts. */
export function TrendChart({ rows }: { rows: TrendChartRow[] }) {
  return (
    <div className="chart" role="img" aria-label="Line chart of sales by month with the 3-month moving average; the same figures are in the table above.">
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={rows} margin={{ left: 8, right: 12, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis width={64} tickFormatter={(v: number) => formatMoney(v)} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatMoney(v) : String(v ?? ''))} />
          <Legend />
          <Line type="monotone" dataKey="total" name="Sales" stroke="#1f4e79" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          <Line type="monotone" dataKey="movingAverage" name="3-month moving average" stroke="#b35900" strokeWidth={2} strokeDasharray="6 4" dot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
