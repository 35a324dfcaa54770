import { CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { HIGH_FROM } from './calculations';
import type { MapPoint } from './chart-data';

const TICKS = [1, 2, 3, 4, 5];

/** Draws the points it is given: influence up, interest across, the map's four parts split at 3. The same figures are in the table beside it. */
export function StakeholderMapChart({ points }: { points: MapPoint[] }) {
  return (
    <div
      className="chart"
      role="img"
      aria-label="Stakeholder map: each person placed by their interest (across, 1 to 5) and influence (up, 1 to 5); the same figures are in the table below."
    >
      <ResponsiveContainer width="100%" height={340}>
        <ScatterChart margin={{ left: 4, right: 24, top: 16, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" name="Interest" domain={[0.5, 5.5]} ticks={TICKS} label={{ value: 'Interest in your work', position: 'bottom', offset: 4 }} />
          <YAxis type="number" dataKey="y" name="Influence" domain={[0.5, 5.5]} ticks={TICKS} width={40} label={{ value: 'Influence', angle: -90, position: 'insideLeft', offset: 10 }} />
          <ReferenceLine x={HIGH_FROM - 0.5} stroke="#505a5f" />
          <ReferenceLine y={HIGH_FROM - 0.5} stroke="#505a5f" />
          <Scatter data={points} fill="#1f4e79" isAnimationActive={false}>
            <LabelList dataKey="name" position="top" style={{ fontSize: 12, fill: '#0b0c0c' }} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
