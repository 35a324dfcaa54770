import { memo, useState } from 'react';

import { effortSummary, rankProspects } from './calculations';
import { CONTACT_LABELS } from './labels';
import { formatDate } from '../../lib/dates';
import { formatMoney, formatPercent, formatTyped } from './format';
import { useDerived, useLiveData, type LiveData } from './live-data';
import type { PipelineData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';

/** Rows shown before "Show all", so a long list does not slow the page. */
const FIRST_ROWS = 50;

/** Open prospects in priority order (value × likelihood), with the time and contact planned for each. */
export function PrioritySection({ live }: { live: LiveData<PipelineData> }) {
  const data = useLiveData(live);
  const view = useDerived(
    () => ({ ranking: rankProspects(data), effort: effortSummary(data) }),
    [data.prospects, data.criteria, data.stages, data.namedStages, data.planner.availableHoursPerMonth],
  );
  return <PriorityView ranking={view.ranking} effort={view.effort} />;
}

const PriorityView = memo(function PriorityView({
  ranking,
  effort,
}: {
  ranking: ReturnType<typeof rankProspects>;
  effort: ReturnType<typeof effortSummary>;
}) {
  const [showAll, setShowAll] = useState(false);
  const { ranked, notRanked } = ranking;
  const shown = showAll ? ranked : ranked.slice(0, FIRST_ROWS);
  return (
    <section aria-labelledby="priority-heading" className="panel">
      <h2 id="priority-heading">7. Priorities: where your time goes (AC 2.3)</h2>
      <p>
        Open prospects ranked by weighted value (deal value × likelihood of conversion). Check that the time and contact
        you plan match the ranking: most effort at the top.
      </p>
      {ranked.length === 0 ? (
        <p>Give your prospects a deal value and a score on every criterion to see them ranked here.</p>
      ) : (
        <ScrollBox label="Prospects in priority order (scrolls sideways)">
          <table className="data-table pipeline-priority">
            <caption className="visually-hidden">Prospects in priority order</caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Prospect</th>
                <th scope="col">Stage</th>
                <th scope="col">Deal value</th>
                <th scope="col">Likelihood</th>
                <th scope="col">Weighted value</th>
                <th scope="col">Time a month</th>
                <th scope="col">Contact</th>
                <th scope="col">Next action</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.prospect.id}>
                  <td>{r.rank}</td>
                  <td>{r.prospect.name}</td>
                  <td>{r.stageName}</td>
                  <td>{formatMoney(r.value)}</td>
                  <td>{formatPercent(r.likelihood)}</td>
                  <td>{formatMoney(r.weightedValue)}</td>
                  <td>{r.prospect.hoursPerMonth === null ? 'Not planned' : `${formatTyped(r.prospect.hoursPerMonth)} h`}</td>
                  <td>{CONTACT_LABELS[r.prospect.contactFrequency]}</td>
                  <td>
                    {r.prospect.nextAction.trim() || 'Not planned'}
                    {r.prospect.nextActionDate && r.prospect.nextAction.trim() ? ` (by ${formatDate(r.prospect.nextActionDate)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {ranked.length > FIRST_ROWS && (
        <button type="button" className="button" onClick={() => setShowAll((s) => !s)}>
          {showAll ? `Show the first ${FIRST_ROWS}` : `Show all ${ranked.length}`}
        </button>
      )}
      <p className={effort.isOver ? 'pipeline-reason' : undefined}>{effort.text}</p>
      {notRanked.length > 0 && (
        <>
          <h3>Not in the priority order</h3>
          <ul>
            {notRanked.slice(0, FIRST_ROWS).map((n) => (
              <li key={n.prospect.id}>
                <strong>{n.prospect.name}</strong>: {n.reason}
              </li>
            ))}
            {notRanked.length > FIRST_ROWS && <li>and {notRanked.length - FIRST_ROWS} more.</li>}
          </ul>
        </>
      )}
    </section>
  );
});
