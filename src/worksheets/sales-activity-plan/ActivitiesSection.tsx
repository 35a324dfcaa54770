import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { formatDayMonth, formatWeekdayDate } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { accountName, outsidePeriodProblem, planWeeks, problemOf, readActivityHours, weeklyLoad } from './calculations';
import { activityLine } from './fold-lines';
import { usePlan, type FormProps } from './form';
import { ACTIVITIES_PROMPT, METHOD_HINT, OBJECTIVE_HINT } from './guidance';
import { CONTACT_METHOD_LABELS, OUTCOME_LABELS } from './labels';
import { CONTACT_METHODS, hasText, LIST_LIMITS, newActivity, OUTCOMES, TEXT_LIMITS, type SalesActivityPlanData } from './model';

/** AC 2.1: the activities, each for a customer or prospect on the list, and the plan week by week. */
export function ActivitiesSection({ control, register, getValues }: FormProps) {
  const activities = useFieldArray({ control, name: 'activities', keyName: 'fieldKey' });
  const data = usePlan(control);
  const accountOptions = [
    { value: '', label: 'Choose from your list' },
    ...data.accounts.filter((a) => hasText(a.name)).map((a) => ({ value: a.id, label: accountName(data.accounts, a.id) })),
  ];
  return (
    <section aria-labelledby="activities-heading" className="panel">
      <h2 id="activities-heading">Planned activities, week by week (AC 2.1)</h2>
      <p>{ACTIVITIES_PROMPT}</p>
      <RowFieldsets
        rows={activities.fields}
        name="Activity"
        fold={{
          id: (index) => data.activities[index]?.id ?? String(index),
          line: (index) => activityLine(data.activities[index], data.accounts),
        }}
        onRemove={(index) => {
          const a = getValues(`activities.${index}`);
          if (confirmRemove([a.date, a.objective, a.hours, a.result], `activity ${index + 1}`)) activities.remove(index);
        }}
        onAdd={activities.fields.length < LIST_LIMITS.activities ? () => activities.append(newActivity()) : undefined}
      >
        {(index) => {
          const a = data.activities[index];
          return (
            <div className="form-grid plan-grid">
              <TextField label="Date" type="date" error={a && outsidePeriodProblem(a.date, data.start, data.end)} {...register(`activities.${index}.date`)} />
              <SelectField label="Customer or prospect" options={accountOptions} {...register(`activities.${index}.accountId`)} />
              <SelectField label="Contact method" hint={METHOD_HINT} options={choiceOptions(CONTACT_METHODS, CONTACT_METHOD_LABELS, { placeholder: 'Choose a method' })} {...register(`activities.${index}.method`)} />
              <TextField label="Planned hours" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={a && problemOf(a.hours, readActivityHours)} {...register(`activities.${index}.hours`)} />
              <TextArea label="What you want to achieve from this contact" hint={OBJECTIVE_HINT} rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`activities.${index}.objective`)} />
              <SelectField label="What became of it (as the month runs)" options={choiceOptions(OUTCOMES, OUTCOME_LABELS, { placeholder: 'Still to come' })} {...register(`activities.${index}.outcome`)} />
              <TextField label="What happened" maxLength={TEXT_LIMITS.item} {...register(`activities.${index}.result`)} />
            </div>
          );
        }}
      </RowFieldsets>
      <WeeklyView data={data} />
    </section>
  );
}

/** The plan week by week: each week's activities in date order, with their hours. Readable on a phone without scrolling sideways. */
function WeeklyView({ data }: { data: SalesActivityPlanData }) {
  const weeks = planWeeks(data.start, data.end);
  if (!weeks.length) return <p>Date the plan over at least a month (first section) to see it week by week.</p>;
  const loads = weeklyLoad(data);
  return (
    <section aria-labelledby="weekly-heading" className="plan-weeks">
      <h3 id="weekly-heading">Your plan week by week</h3>
      <ol className="plain-list">
        {loads.map(({ week, planned, hours }) => {
          const inWeek = data.activities.filter((a) => a.date >= week.from && a.date <= week.to).sort((x, y) => x.date.localeCompare(y.date));
          return (
            <li key={week.monday} className="plan-week">
              <h4>
                Week commencing {formatDayMonth(week.monday)}{' '}
                <span className="plan-muted">
                  ({formatDayMonth(week.from)} to {formatDayMonth(week.to)}): {planned} activit{planned === 1 ? 'y' : 'ies'}, {formatNumber(hours, { decimals: 1 })} hours
                </span>
              </h4>
              {inWeek.length === 0 ? (
                <p className="plan-muted">Nothing planned yet.</p>
              ) : (
                <ul>
                  {inWeek.map((a) => (
                    <li key={a.id}>
                      <strong>{formatWeekdayDate(a.date)}</strong>: {accountName(data.accounts, a.accountId) || 'customer not chosen'}
                      {a.method && `, ${CONTACT_METHOD_LABELS[a.method].toLowerCase()}`}
                      {hasText(a.objective) && `: ${a.objective.trim()}`}
                      {a.outcome && <span className="plan-muted"> ({OUTCOME_LABELS[a.outcome].toLowerCase()})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
