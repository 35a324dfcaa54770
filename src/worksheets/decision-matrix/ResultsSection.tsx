import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { lazyChart } from '../../ui/lazy-chart';

const BreakdownChart = lazyChart(async () => (await import('./BreakdownChart')).BreakdownChart);
import { breakdownRows, chartHeight } from './chart-data';
import { GUIDANCE } from './guidance';
import { evaluateMatrix, fallText, riseText, robustnessText, verdict, type MatrixEvaluation } from './calculations';
import { formatNumber, formatPercent } from '../../lib/numbers';
import { cellKey, type DecisionData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';

type MatrixInput = Pick<DecisionData, 'options' | 'criteria' | 'cells' | 'scale'>;

/**
 * Watches the matrix and hands the results on only when what they depend on changes: typing a
 * note, or any cell while results are still drawing, never redraws the chart.
 */
export function useMatrixEvaluation(control: Control<DecisionData>): MatrixEvaluation {
  const [options, criteria, cells, scale] = useWatch({ control, name: ['options', 'criteria', 'cells', 'scale'] });
  // Everything the results depend on, and nothing else (no notes, no descriptions).
  const signature = JSON.stringify([
    scale,
    options.map((o) => [o.id, o.name]),
    criteria.map((c) => [c.id, c.name, c.weight]),
    options.map((o) => criteria.map((c) => cells[cellKey(o.id, c.id)]?.score ?? '')),
  ]);
  const deferred = useDeferredValue(signature);
  return useMemo(() => {
    const [s, o, c, scores] = JSON.parse(deferred) as [MatrixInput['scale'], string[][], string[][], string[][]];
    const input: MatrixInput = {
      scale: s,
      options: o.map(([id = '', name = '']) => ({ id, name, description: '' })),
      criteria: c.map(([id = '', name = '', weight = '']) => ({ id, name, weight, meaning: '' })),
      cells: Object.fromEntries(o.flatMap(([oid = ''], i) => c.map(([cid = ''], j) => [cellKey(oid, cid), { score: scores[i]?.[j] ?? '', note: '' }]))),
    };
    return evaluateMatrix(input);
  }, [deferred]);
}

/**
 * The value once it has stopped changing for `delayMs`, and null until then: the chart is drawn
 * (or first mounted, which is the costly part) when typing pauses, never on every key.
 */
function useSettledValue<T>(value: T, delayMs: number): T | null {
  const [settled, setSettled] = useState<T | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

const CHART_SETTLE_MS = 300;

function SettledBreakdownChart({ evaluation }: { evaluation: Extract<MatrixEvaluation, { status: 'complete' }> }) {
  const chart = useSettledValue(evaluation, CHART_SETTLE_MS);
  const rows = useMemo(() => (chart ? breakdownRows(chart) : []), [chart]);
  if (!chart) return <div className="chart decision-chart-placeholder" style={{ height: chartHeight(evaluation.results.length) }} />;
  return <BreakdownChart rows={rows} weights={chart.weights} maxValue={chart.scale.max} />;
}

export function ResultsSection({ control }: { control: Control<DecisionData> }) {
  const evaluation = useMatrixEvaluation(control);
  return (
    <section aria-labelledby="results-heading" className="panel">
      <h2 id="results-heading">Results and sensitivity (AC 3.1)</h2>
      <Results evaluation={evaluation} />
    </section>
  );
}

const Results = memo(function Results({ evaluation }: { evaluation: MatrixEvaluation }) {
  if (evaluation.status === 'incomplete') {
    return (
      <div className="notice notice--warning">
        <p>
          <strong>No ranking yet:</strong> the matrix is not complete. When these are fixed, the ranking appears here:
        </p>
        <ul>
          {evaluation.problems.slice(0, 8).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {evaluation.problems.length > 8 && <p>and {evaluation.problems.length - 8} more.</p>}
      </div>
    );
  }
  const { results, weights, scale, winner, isClearWinner, sensitivity, isFragile } = evaluation;
  return (
    <>
      <div className={`notice ${isClearWinner ? 'notice--success' : 'notice--warning'}`} role="status">
        <p>
          <strong>{isClearWinner ? 'Clear winner.' : 'No clear winner.'}</strong> {verdict(evaluation)}
        </p>
      </div>
      <p className="decision-caption" id="ranking-caption">
        Ranking: weighted score out of {scale.max}, broken down by criterion
      </p>
      <ScrollBox label="Ranking of the options (scrolls sideways)">
        <table className="data-table" aria-labelledby="ranking-caption">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Option</th>
              {weights.map((w) => (
                <th scope="col" key={w.criterionId}>
                  {w.name} <span className="decision-matrix__weight decision-nowrap">({formatPercent(w.share)})</span>
                </th>
              ))}
              <th scope="col">Weighted score</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.optionId} className={r.rank === 1 ? 'decision-results__top' : undefined}>
                <td>
                  {r.rank}
                  {r.isTied ? ' (tied)' : ''}
                </td>
                <th scope="row">{r.name}</th>
                {r.contributions.map((c, j) => (
                  <td key={weights[j]!.criterionId}>{formatNumber(c)}</td>
                ))}
                <td>
                  <strong>{formatNumber(r.total)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="field__hint">
        Each criterion’s column is its share of the weight (in brackets) × the option’s score; they add up to the weighted score.
      </p>
      <SettledBreakdownChart evaluation={evaluation} />

      <h3>Sensitivity: would a different weight change the winner?</h3>
      <p>{GUIDANCE.sensitivity}</p>
      <div className={`notice ${isFragile ? 'notice--warning' : 'notice--info'}`}>
        <p>
          <strong>{winner ? (isFragile ? 'The decision is fragile.' : 'The decision holds.') : 'No single winner.'}</strong> {robustnessText(evaluation)}
        </p>
      </div>
      {sensitivity.length > 0 && winner && (
        <>
        <p className="decision-caption" id="sensitivity-caption">
          How far each weight can move, the others unchanged, before another option draws level with “{winner.name}”
        </p>
        <ScrollBox label="How far each weight can move (scrolls sideways)">
          <table className="data-table" aria-labelledby="sensitivity-caption">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight now (share)</th>
                <th scope="col">It can rise</th>
                <th scope="col">It can fall</th>
                <th scope="col">Fragile?</th>
              </tr>
            </thead>
            <tbody>
              {sensitivity.map((s) => (
                <tr key={s.criterionId}>
                  <th scope="row">{s.name}</th>
                  <td>
                    {formatNumber(s.weight)} <span className="decision-nowrap">({formatPercent(s.share)})</span>
                  </td>
                  <td>{riseText(s)}</td>
                  <td>{fallText(s)}</td>
                  <td>{s.isFragile ? <strong>⚠ Yes</strong> : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        </>
      )}
    </>
  );
});
