import { SERIES_COLOURS } from '../../lib/chart-colours';
import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartRow } from '../../lib/evidence-types';
import { funnelMax, NEXT_STAGE_GROUP } from './chart-data';

/** Charts only draw the rows they are given; every figure is also in a table beside them. */

const NARROW = '(max-width: 40rem)';
/** Whether the screen is phone-narrow, so long axis labels can take less room. */
function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

export function FunnelChart({ rows }: { rows: BarChartRow[] }) {
  const isNarrow = useIsNarrow();
  if (rows.length === 0) return <p className="pipeline-muted">The funnel chart appears when you enter valid counts.</p>;
  return (
    <figure className="chart">
      <figcaption>Funnel: how many reached each stage</figcaption>
      <div role="img" aria-label="Bar chart of the count at each stage; the counts are on the page “Your pipeline: the period and the counts”.">
        <ResponsiveContainer width="100%" height={rows.length * 40 + 50}>
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 40, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, funnelMax(rows)]} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={isNarrow ? 90 : 130} tick={{ fontSize: isNarrow ? 11 : 13 }} />
            <Tooltip />
            <Bar dataKey="value" name="Count" fill="#1f4e79" isAnimationActive={false} label={{ position: 'right' }} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function ConversionChart({ rows }: { rows: BarChartRow[] }) {
  const isNarrow = useIsNarrow();
  if (rows.length === 0) return null;
  // The kind of ratio is in each label as words, so colour is never the only signal.
  const data = rows.map((row) => ({ ...row, name: `${row.label} (${row.group === NEXT_STAGE_GROUP ? 'next' : 'to customer'})` }));
  return (
    <figure className="chart">
      <figcaption>Conversion ratios (%): to the next stage (dark) and to customer (light)</figcaption>
      <div role="img" aria-label="Bar chart of each conversion ratio as a percentage; the same figures are in the table above.">
        <ResponsiveContainer width="100%" height={data.length * 32 + 50}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" />
            <YAxis type="category" dataKey="name" width={isNarrow ? 130 : 230} tick={{ fontSize: isNarrow ? 10 : 12 }} />
            <Tooltip />
            <Bar dataKey="value" name="Conversion (%)" isAnimationActive={false} label={{ position: 'right' }}>
              {data.map((row) => (
                <Cell key={row.name} fill={row.colour ?? SERIES_COLOURS[0]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

const LINE_STYLES = [
  { stroke: SERIES_COLOURS[0], dash: undefined },
  { stroke: SERIES_COLOURS[1], dash: '6 3' },
  { stroke: SERIES_COLOURS[2], dash: '2 3' },
  { stroke: SERIES_COLOURS[3], dash: '10 4' },
] as const;

/** Likelihood (%) at each review for the chosen prospects; lines differ by dash as well as colour. */
export function ReviewChart({ xLabels, series }: { xLabels: string[]; series: Array<{ name: string; values: Array<number | null> }> }) {
  if (xLabels.length === 0 || series.length === 0) return null;
  const data = xLabels.map((label, i) => Object.fromEntries<string | number | null>([['date', label], ...series.map((s): [string, number | null] => [s.name, s.values[i] ?? null])]));
  return (
    <div role="img" aria-label={`Line chart of likelihood of conversion at each review for ${series.map((s) => s.name).join(', ')}; the same figures are in the table below.`}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} unit=" %" />
          <Tooltip />
          <Legend />
          {series.map((s, i) => {
            const style = LINE_STYLES[i % LINE_STYLES.length]!;
            return (
              <Line
                key={s.name}
                type="linear"
                dataKey={s.name}
                stroke={style.stroke}
                strokeDasharray={style.dash}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
