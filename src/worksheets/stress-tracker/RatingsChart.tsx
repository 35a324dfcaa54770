import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow, ReferenceMark } from './chart-data';
import { RATING_MAX } from './model';

/** Draws the rows it is given; ratings and averages are worked out in calculations.ts. */
export function RatingsChart({ rows, marks }: { rows: ChartRow[]; marks: ReferenceMark[] }) {
  return (
    <div
      className="chart"
      role="img"
      aria-label="Line chart of daily stress ratings (0 to 10) with the 7-day average and the baseline and retake scores drawn on the same scale. The same figures are in the calendar and the list of check-ins."
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ left: 0, right: 16, top: 16, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={24} tick={{ fontSize: 12 }} />
          <YAxis domain={[0, RATING_MAX]} ticks={[0, 2, 4, 6, 8, 10]} width={32} />
          <Tooltip />
          <Legend />
          {marks.map((mark, i) => (
            <ReferenceLine
              key={mark.label}
              y={mark.value}
              stroke={i === 0 ? '#8a6100' : '#1b6e3a'}
              strokeDasharray={i === 0 ? '8 4' : '2 3'}
              label={{ value: `${mark.label} (${mark.value})`, position: 'insideTopRight', fontSize: 12, fill: '#1a1a1a' }}
            />
          ))}
          <Line type="linear" dataKey="rating" name="Daily rating" stroke="#1f4e79" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="average" name="7-day average" stroke="#b3261e" strokeWidth={2} strokeDasharray="6 3" dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
