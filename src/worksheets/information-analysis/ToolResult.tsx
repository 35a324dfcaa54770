import { lazyChart } from '../../ui/lazy-chart';
import { ScrollBox } from '../../ui/ScrollBox';
import { trendChartRows } from './chart-data';
import type { Analysis, SalesRow } from './model';
import { toolOutput } from './tool-tables';

const TrendChart = lazyChart(async () => (await import('./TrendChart')).TrendChart);

/** What one tool makes of the figures, with the working (tool-tables.ts); or why it has nothing yet, in neutral words. */
export function ToolResult({ analysis, rows, title }: { analysis: Analysis; rows: readonly SalesRow[]; title: string }) {
  const output = toolOutput(analysis, rows, title);
  if (output.kind === 'none') return null;
  if (output.kind === 'waiting') return <p className="info-waiting">{output.reason}</p>;
  const { table, summary, hasTrendChart } = output;
  return (
    <>
      {summary && <p className="info-result">{summary}</p>}
      <ScrollBox label={`${title} (scrolls sideways)`} className="info-tall">
        <table className="data-table">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={`${i}-${row[0]}`} className={table.marked[i] ? 'info-chosen' : undefined}>
                {row.map((cell, j) => (
                  <td key={table.columns[j]}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {hasTrendChart && <TrendChart rows={trendChartRows(rows)} />}
    </>
  );
}
