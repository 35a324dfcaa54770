import { memo, useState } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { effortSummary, hoursProblem, rankProspects } from './calculations';
import { CONTACT_LABELS } from './labels';
import { formatDate } from '../../lib/dates';
import { SelectField, TextField } from '../../ui/fields';
import { formatMoney, formatPercent, formatTyped } from './format';
import { NUMBER_INPUT, toNumberOrNull } from './form-values';
import { PRIORITY_PROMPT, PRIORITY_RULE } from './guidance';
import { useDerived, useLiveData, type LiveData } from './live-data';
import { CONTACT_FREQUENCIES, TEXT_LIMITS, type PipelineData } from './model';
import type { Option, ProspectFields } from './ProspectsSection';
import { ScrollBox } from '../../ui/ScrollBox';

/** Rows shown before "Show all", so a long list does not slow the page. */
const FIRST_ROWS = 50;

const CONTACT_OPTIONS: Option[] = CONTACT_FREQUENCIES.map((f) => ({ value: f, label: f === '' ? 'Choose' : CONTACT_LABELS[f] }));

type Props = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  prospects: ProspectFields;
  live: LiveData<PipelineData>;
};

/**
 * Open prospects in priority order (value × likelihood), then the time, contact and next action
 * the learner plans for each, every prospect's place in the order beside its fields.
 */
export function PrioritySection({ register, control, prospects, live }: Props) {
  const data = useLiveData(live);
  const view = useDerived(() => {
    const ranking = rankProspects(data);
    const standing = new Map<string, string>([
      ...ranking.ranked.map((r): [string, string] => [
        r.prospect.id,
        `Priority ${r.rank} of ${ranking.ranked.length}: weighted value ${formatMoney(r.weightedValue)}.`,
      ]),
      ...ranking.notRanked.map((n): [string, string] => [n.prospect.id, `Not in the priority order: ${n.reason}`]),
    ]);
    return { ranking, effort: effortSummary(data), standing };
  }, [data.prospects, data.criteria, data.stages, data.namedStages, data.planner.availableHoursPerMonth]);
  return (
    <section aria-labelledby="priority-heading" className="panel">
      <PriorityView ranking={view.ranking} effort={view.effort} />
      <h3>Time and effort for each prospect</h3>
      <p>{PRIORITY_PROMPT}</p>
      {prospects.fields.length === 0 && <p>No prospects yet: add them under “Your prospects and their stages”.</p>}
      {prospects.fields.map((field, index) => (
        <EffortRow key={field.fieldKey} index={index} register={register} control={control} standing={view.standing.get(field.id)} />
      ))}
    </section>
  );
}

type EffortRowProps = Pick<Props, 'register' | 'control'> & { index: number; standing: string | undefined };

/** One prospect's planned time and next action; re-renders only when its own fields or its place in the order change. */
const EffortRow = memo(function EffortRow({ index, register, control, standing }: EffortRowProps) {
  const name = useWatch({ control, name: `prospects.${index}.name` });
  const hours = useWatch({ control, name: `prospects.${index}.hoursPerMonth` });
  return (
    <fieldset className="pipeline-effort">
      <legend>
        Prospect {index + 1}: {name?.trim() || 'no name yet'}
      </legend>
      {standing && <p className="pipeline-effort__standing">{standing}</p>}
      <div className="pipeline-prospect__grid pipeline-effort__grid">
        <TextField
          label="Planned hours a month"
          {...NUMBER_INPUT}
          min={0}
          error={hoursProblem(hours ?? null) ?? undefined}
          {...register(`prospects.${index}.hoursPerMonth`, { setValueAs: toNumberOrNull })}
        />
        <SelectField label="Contact frequency" options={CONTACT_OPTIONS} {...register(`prospects.${index}.contactFrequency`)} />
        <TextField label="Next action" className="pipeline-prospect__wide" maxLength={TEXT_LIMITS.action} {...register(`prospects.${index}.nextAction`)} />
        <TextField label="Next action by" type="date" {...register(`prospects.${index}.nextActionDate`)} />
      </div>
    </fieldset>
  );
});

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
    <>
      <h2 id="priority-heading">Priorities: where your time goes (AC 2.3)</h2>
      <p>{PRIORITY_RULE} Check that the time and contact you plan match the ranking: most effort at the top.</p>
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
                <th scope="col">Likelihood of conversion</th>
                <th scope="col">Deal value</th>
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
                  <td>{formatPercent(r.likelihood)}</td>
                  <td>{formatMoney(r.value)}</td>
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
    </>
  );
});
