import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PLANNED_DONE_COLOURS, type PlannedDoneRow } from './chart-data';

/** Draws the rows it is given; the counts are worked out in calculations.ts. */
export function PlannedDoneChart({ rows }: { rows: PlannedDoneRow[] }) {
  return (
    <div className="chart" role="img" aria-label="Bar chart of activities planned against done in each week of the plan; the same figures are in the table above.">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ left: 0, right: 8, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Legend />
          <Bar dataKey="planned" name="Planned" fill={PLANNED_DONE_COLOURS.planned} isAnimationActive={false} />
          <Bar dataKey="done" name="Done" fill={PLANNED_DONE_COLOURS.done} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
