import { REFERENCE_LINE_COLOUR, SERIES_COLOURS } from '../../lib/chart-colours';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressChart as ProgressChartData } from './chart-data';

// The PDF draws each objective in the same colour (lib/chart-colours).
const COLOURS = SERIES_COLOURS;
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 4', '10 4'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;

/** Draws the rows it is given; the percentages are worked out in chart-data.ts. */
export function ProgressChart({ chart }: { chart: ProgressChartData }) {
  const rows = chart.xLabels.map((label, i) => ({
    label,
    ...Object.fromEntries(chart.series.map((s) => [s.name, s.values[i] ?? null])),
  }));
  return (
    <div
      className="chart"
      role="img"
      aria-label="Line chart of progress towards each objective’s target over the review dates; the same figures are in the table below."
    >
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={rows} margin={{ left: 0, right: 24, top: 12, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[chart.yMin, chart.yMax]} tickFormatter={(value: number) => `${value} %`} width={60} />
          <Tooltip />
          <Legend />
          <ReferenceLine y={100} stroke={REFERENCE_LINE_COLOUR} strokeDasharray="4 4" label={{ value: 'Target', position: 'insideTopLeft' }} />
          {chart.series.map((s, i) => (
            <Line
              key={s.name}
              type="linear"
              dataKey={s.name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              dot={{ r: 4, strokeWidth: 2 }}
              legendType={SHAPES[i % SHAPES.length]}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
