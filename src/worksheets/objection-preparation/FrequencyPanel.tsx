import { useWatch, type Control } from 'react-hook-form';
import { lazyChart } from '../../ui/lazy-chart';
import { ScrollBox } from '../../ui/ScrollBox';
import { concernFrequencies, frequencyText } from './calculations';
import { concernChartRows } from './chart-data';
import type { ObjectionPreparationData } from './model';

const ConcernsChart = lazyChart(async () => (await import('./ConcernsChart')).ConcernsChart);

/** The common concerns ranked by how often they came up, as a table and a chart; re-renders on its own as the learner types. */
export function FrequencyPanel({ control }: { control: Control<ObjectionPreparationData> }) {
  const concerns = (useWatch({ control, name: 'concerns' }) ?? []);
  const previous = (useWatch({ control, name: 'previous' }) ?? []);
  const summary = concernFrequencies({ concerns, previous });
  return (
    <section aria-labelledby="frequency-heading" className="objection-frequency">
      <h3 id="frequency-heading">How often each concern came up</h3>
      {summary.rows.length === 0 ? (
        <p>Name a common concern and group previous objections under it to see how often each came up.</p>
      ) : (
        <>
          <ScrollBox label="Common concerns by how often they came up (scrolls sideways)">
            <table className="data-table">
              <caption className="visually-hidden">Common concerns by how often they came up</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Common underlying concern</th>
                  <th scope="col">Times it came up</th>
                  <th scope="col">Previous objections grouped</th>
                </tr>
              </thead>
              <tbody>
                {summary.rows.map((row) => (
                  <tr key={row.concern.id}>
                    <td>{row.rank}</td>
                    <td>{row.concern.concern}</td>
                    <td>{frequencyText(row, summary.total)}</td>
                    <td>{row.objections}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {summary.total > 0 && <ConcernsChart rows={concernChartRows({ concerns, previous })} />}
        </>
      )}
      {summary.ungrouped > 0 && <p className="notice notice--warning">{summary.ungrouped} previous objection{summary.ungrouped === 1 ? ' is' : 's are'} not grouped under a concern yet, so not counted.</p>}
      {summary.unreadable > 0 && (
        <p className="notice notice--warning">
          {summary.unreadable} previous objection{summary.unreadable === 1 ? ' has' : 's have'} a number of times that does not read as a whole number, so not counted.
        </p>
      )}
    </section>
  );
}
