import { useFieldArray } from 'react-hook-form';
import { formatPercent } from '../../lib/numbers';
import { TextField } from '../../ui/fields';
import { lazyChart } from '../../ui/lazy-chart';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { ScrollBox } from '../../ui/ScrollBox';
import { indicatorProgress, outsidePeriodProblem, problemOf, readActual, readTarget } from './calculations';
import { plannedDoneRows } from './chart-data';
import { indicatorLine } from './fold-lines';
import { usePlan, type FormProps } from './form';
import { INDICATORS_PROMPT } from './guidance';
import { LIST_LIMITS, newActual, newIndicator, TEXT_LIMITS, type SalesActivityPlanData } from './model';

const PlannedDoneChart = lazyChart(async () => (await import('./PlannedDoneChart')).PlannedDoneChart);

/** AC 3.1: agreed indicators with targets, figures logged as the month runs, and planned against done per week. */
export function IndicatorsSection(form: FormProps) {
  const { control, register, getValues } = form;
  const indicators = useFieldArray({ control, name: 'indicators', keyName: 'fieldKey' });
  const data = usePlan(control);
  return (
    <section aria-labelledby="indicators-heading" className="panel">
      <h2 id="indicators-heading">Indicators and progress (AC 3.1)</h2>
      <p>{INDICATORS_PROMPT}</p>
      <RowFieldsets
        rows={indicators.fields}
        name="Indicator"
        addLabel="Add an indicator"
        fold={{
          id: (index) => data.indicators[index]?.id ?? String(index),
          line: (index) => indicatorLine(data.indicators[index]),
        }}
        onRemove={(index) => {
          const i = getValues(`indicators.${index}`);
          if (confirmRemove([i.name, i.target, i.agreedWith, i.recordedBy, ...i.actuals.map((a) => a.value)], `indicator ${index + 1}`)) indicators.remove(index);
        }}
        onAdd={indicators.fields.length < LIST_LIMITS.indicators ? () => indicators.append(newIndicator()) : undefined}
      >
        {(index) => {
          const indicator = data.indicators[index];
          return (
            <>
              <div className="form-grid plan-grid">
                <TextField label="Indicator" hint="Appointments held, proposals sent, sales value, cost of sales …" maxLength={TEXT_LIMITS.short} {...register(`indicators.${index}.name`)} />
                <TextField label="Target for the period" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={indicator && problemOf(indicator.target, readTarget)} {...register(`indicators.${index}.target`)} />
                <TextField label="Agreed with (who, and when)" maxLength={TEXT_LIMITS.short} {...register(`indicators.${index}.agreedWith`)} />
                <TextField label="How it is recorded and reported" maxLength={TEXT_LIMITS.short} {...register(`indicators.${index}.recordedBy`)} />
              </div>
              <Actuals {...form} index={index} data={data} />
              {indicator && <p className="plan-result">Progress: {indicatorProgress(indicator).text}</p>}
            </>
          );
        }}
      </RowFieldsets>
      <PlannedAgainstDone data={data} />
    </section>
  );
}

/** The dated figures logged against one indicator. */
function Actuals({ control, register, getValues, index, data }: FormProps & { index: number; data: SalesActivityPlanData }) {
  const actuals = useFieldArray({ control, name: `indicators.${index}.actuals`, keyName: 'fieldKey' });
  const logged = data.indicators[index]?.actuals ?? [];
  return (
    <div className="plan-actuals">
      <h4>Figures logged as the plan runs</h4>
      <RowFieldsets
        rows={actuals.fields}
        name="Figure"
        addLabel="Log a figure"
        onRemove={(row) => {
          const a = getValues(`indicators.${index}.actuals.${row}`);
          if (confirmRemove([a.date, a.value, a.note], `figure ${row + 1}`)) actuals.remove(row);
        }}
        onAdd={actuals.fields.length < LIST_LIMITS.actuals ? () => actuals.append(newActual()) : undefined}
      >
        {(row) => {
          const a = logged[row];
          return (
            <div className="form-grid plan-grid">
              <TextField label="Date" type="date" error={a && outsidePeriodProblem(a.date, data.start, data.end)} {...register(`indicators.${index}.actuals.${row}.date`)} />
              <TextField label="Figure achieved" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={a && problemOf(a.value, readActual)} {...register(`indicators.${index}.actuals.${row}.value`)} />
              <TextField label="Note" className="form-grid__wide" maxLength={TEXT_LIMITS.short} {...register(`indicators.${index}.actuals.${row}.note`)} />
            </div>
          );
        }}
      </RowFieldsets>
    </div>
  );
}

/** Activities planned against done per week, as a table and a chart. */
function PlannedAgainstDone({ data }: { data: SalesActivityPlanData }) {
  const rows = plannedDoneRows(data);
  return (
    <section aria-labelledby="planned-done-heading" className="plan-weeks">
      <h3 id="planned-done-heading">Activities planned against done, per week</h3>
      {rows.length === 0 ? (
        <p>Date the plan (first section) and plan activities to see them week by week.</p>
      ) : (
        <>
          <ScrollBox label="Activities planned against done, per week (scrolls sideways)">
            <table className="data-table">
              <caption className="visually-hidden">Activities planned against done, per week</caption>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Planned</th>
                  <th scope="col">Done</th>
                  <th scope="col">Done of planned</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <td>{r.label}</td>
                    <td>{r.planned}</td>
                    <td>{r.done}</td>
                    <td>{r.planned ? formatPercent(r.done / r.planned, { decimals: 0 }) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {rows.some((r) => r.planned > 0) && <PlannedDoneChart rows={rows} />}
        </>
      )}
    </section>
  );
}
