import { useWatch, type Control } from 'react-hook-form';
import { progressChart } from './chart-data';
import { CONTEXT_CONFIG } from './guidance';
import { SmartSchema, type ContextId, type SmartData } from './model';
import { formatDate } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { lazyChart } from '../../ui/lazy-chart';

const ProgressChart = lazyChart(async () => (await import('./ProgressChart')).ProgressChart);
import { reviewCadence } from './calculations';
import { ScrollBox } from '../../ui/ScrollBox';

/** The progress chart and, for the development plan, the weekly cadence; re-renders on its own. */
export function ProgressSection({ control, context, today }: { control: Control<SmartData>; context: ContextId; today: string }) {
  const values = useWatch({ control });
  const parsed = SmartSchema.safeParse(values);
  if (!parsed.success) return null;
  const data = parsed.data;
  const chart = progressChart(data);
  const cadence = CONTEXT_CONFIG[context].reviewRule === 'weekly' ? reviewCadence(data, today) : null;
  return (
    <section aria-labelledby="progress-heading" className="panel">
      <h2 id="progress-heading">Progress over time</h2>
      {cadence && (
        <div className={`notice ${cadence.isMet ? 'notice--success' : 'notice--warning'}`}>
          <p>
            <strong>{cadence.isMet ? '✓ Weekly reviews over eight weeks: met.' : 'Weekly reviews over eight weeks: not yet.'}</strong>{' '}
            {cadence.start
              ? `From ${formatDate(cadence.start)}, ${cadence.weeksCovered} of 8 weeks covered, ${cadence.reviewDates.length} review date${cadence.reviewDates.length === 1 ? '' : 's'}.`
              : 'Add the date the plan started and your first review.'}
          </p>
          {cadence.longGaps.map((gap) => (
            <p key={gap.from}>
              No review for {gap.days} days, from {formatDate(gap.from)} to {formatDate(gap.to)}: review at least every 7 days.
            </p>
          ))}
          {cadence.futureDates.length > 0 && <p>Reviews dated after today do not count yet: {cadence.futureDates.map(formatDate).join(', ')}.</p>}
        </div>
      )}
      {chart.dates.length === 0 || chart.series.length === 0 ? (
        <p>Add dated reviews with the measure to see each objective’s progress towards its target here.</p>
      ) : (
        <>
          <ProgressChart chart={chart} />
          <ScrollBox label="Progress towards each target (scrolls sideways)">
            <table className="data-table">
              <caption>Progress towards each target (% of the way from baseline to target)</caption>
              <thead>
                <tr>
                  <th scope="col">Review date</th>
                  {chart.series.map((s) => (
                    <th key={s.name} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chart.dates.map((date, i) => (
                  <tr key={date}>
                    <th scope="row">{formatDate(date)}</th>
                    {chart.series.map((s) => {
                      const value = s.values[i];
                      return <td key={s.name}>{value === null || value === undefined ? '–' : formatPercent(value / 100, { decimals: 2 })}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
