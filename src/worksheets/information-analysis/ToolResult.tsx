import { formatMoney, formatPercent } from '../../lib/numbers';
import { lazyChart } from '../../ui/lazy-chart';
import { ScrollBox } from '../../ui/ScrollBox';
import { changeText, comparisonBy, monthlyTrend, monthLabel, paretoSummary, periodLabel, sharesBy, toolProblem } from './analysis';
import { trendChartRows } from './chart-data';
import { DIMENSION_LABELS } from './labels';
import type { Analysis, Dimension, SalesRow } from './model';

const TrendChart = lazyChart(async () => (await import('./TrendChart')).TrendChart);
const PLURALS: Record<Dimension, string> = { region: 'regions', product: 'products', customer: 'customers' };

/** What one tool makes of the figures, with the working; or why it has nothing yet, in neutral words. */
export function ToolResult({ analysis, rows, title }: { analysis: Analysis; rows: readonly SalesRow[]; title: string }) {
  if (analysis.tool === '' || analysis.tool === 'other') return null;
  const problem = toolProblem(analysis.tool, analysis.by, rows);
  if (problem) return <p className="info-waiting">{problem}</p>;
  if (analysis.tool === 'trend') return <TrendResult rows={rows} title={title} />;
  if (analysis.by === '') return null;
  if (analysis.tool === 'comparison') return <ComparisonResult rows={rows} by={analysis.by} title={title} />;
  return <SharesResult rows={rows} by={analysis.by} title={title} isPareto={analysis.tool === 'pareto'} />;
}

function TrendResult({ rows, title }: { rows: readonly SalesRow[]; title: string }) {
  const trend = monthlyTrend(rows);
  return (
    <>
      <ScrollBox label={`${title} (scrolls sideways)`} className="info-tall">
        <table className="data-table">
          <caption>{title}: sales by month, the 3-month moving average and the change on the month before</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Sales</th>
              <th scope="col">3-month moving average</th>
              <th scope="col">Change on the month before</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td>{formatMoney(m.total)}</td>
                <td>{m.movingAverageWorking}</td>
                <td>{m.changeWorking}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <TrendChart rows={trendChartRows(rows)} />
    </>
  );
}

function SharesResult({ rows, by, title, isPareto }: { rows: readonly SalesRow[]; by: Dimension; title: string; isPareto: boolean }) {
  const shares = sharesBy(rows, by);
  return (
    <>
      {isPareto && <p className="info-result">{paretoSummary(shares, PLURALS[by])}</p>}
      <ScrollBox label={`${title} (scrolls sideways)`} className="info-tall">
        <table className="data-table">
          <caption>{title}, largest first</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">{DIMENSION_LABELS[by]}</th>
              <th scope="col">Sales</th>
              <th scope="col">Share</th>
              {isPareto && <th scope="col">Running share</th>}
              {isPareto && <th scope="col">In the 80 %</th>}
            </tr>
          </thead>
          <tbody>
            {shares.map((s) => (
              <tr key={s.key} className={isPareto && s.isVitalFew ? 'info-chosen' : undefined}>
                <td>{s.rank}</td>
                <th scope="row">{s.key}</th>
                <td>{formatMoney(s.total)}</td>
                <td>{formatPercent(s.share)}</td>
                {isPareto && <td>{formatPercent(s.cumulative)}</td>}
                {isPareto && <td>{s.isVitalFew ? 'Yes' : 'No'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

function ComparisonResult({ rows, by, title }: { rows: readonly SalesRow[]; by: Dimension; title: string }) {
  const compared = comparisonBy(rows, by);
  if (!compared) return null;
  return (
    <ScrollBox label={`${title} (scrolls sideways)`} className="info-tall">
      <table className="data-table">
        <caption>
          {title}: {periodLabel(compared.periods.latest)} against {periodLabel(compared.periods.previous)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{DIMENSION_LABELS[by]}</th>
            <th scope="col">Previous</th>
            <th scope="col">Latest</th>
            <th scope="col">Difference</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {[...compared.rows, compared.total].map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.key}</th>
              <td>{formatMoney(r.previous)}</td>
              <td>{formatMoney(r.latest)}</td>
              <td>{formatMoney(r.difference)}</td>
              <td>{changeText(r.change, r.previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
