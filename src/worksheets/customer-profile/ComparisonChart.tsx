import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CHART_MEASURES, type MeasureChart } from './chart-data';

const formatterFor = (key: MeasureChart['key']) => CHART_MEASURES.find((m) => m.key === key)?.format ?? String;

/** Small bar charts, one per measure, each bar labelled with its customer and value; the figures are in the table too. */
export function ComparisonCharts({ charts }: { charts: MeasureChart[] }) {
  return (
    <div className="comparison-charts">
      {charts.map((chart) => {
        const format = formatterFor(chart.key);
        const data = chart.rows.map((row) => ({ name: row.label, value: row.value, shown: format(row.value) }));
        const summary = data.map((row) => `${row.name} ${row.shown}`).join(', ');
        return (
          <figure key={chart.key} className="comparison-chart">
            <figcaption>{chart.title}</figcaption>
            <div className="chart" role="img" aria-label={`${chart.title}: ${summary}.`}>
              <ResponsiveContainer width="100%" height={Math.max(120, data.length * 40 + 40)}>
                <BarChart data={data} layout="vertical" margin={{ left: 4, right: 88, top: 4, bottom: 4 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" domain={[0, 'auto']} tickFormatter={(v: number) => format(v).replace(/\.00$/, '')} tick={{ fontSize: 11 }} />
                  <YAxis type="category" dataKey="name" width={112} tick={{ fontSize: 12 }} />
                  <Bar dataKey="value" fill="#1f4e79" isAnimationActive={false}>
                    <LabelList dataKey="shown" position="right" style={{ fontSize: 12, fill: '#1a1a1a' }} />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
            {chart.leftOut.length > 0 && <p className="field__hint">Not shown: {chart.leftOut.join(', ')} (figures incomplete).</p>}
          </figure>
        );
      })}
    </div>
  );
}
