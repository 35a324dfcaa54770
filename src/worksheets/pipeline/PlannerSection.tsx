import { memo } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { SelectField, TextField } from '../../ui/fields';
import { pipelineHealth, planBackwards } from './calculations';
import { formatCount, formatMoney, formatOneDecimal } from './format';
import { NUMBER_INPUT, toNumberOrNull } from './form-values';
import { useDerived, useLiveData, type LiveData } from './live-data';
import type { PipelineData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';
import { VelocityFields } from './VelocityFields';

type Props = { register: UseFormRegister<PipelineData>; control: Control<PipelineData>; live: LiveData<PipelineData> };

/** Positive-number fields: a message at the field for zero or negative values. */
const mustBePositive = (value: number | null | undefined, what: string) =>
  value !== null && value !== undefined && value <= 0 ? `${what} must be more than 0.` : undefined;

/** The backwards planner (target → numbers needed at each stage) and pipeline health, each with its working. */
export function PlannerSection({ register, control, live }: Props) {
  const planner = useWatch({ control, name: 'planner' });
  const number = { ...NUMBER_INPUT, min: 0 };
  return (
    <section aria-labelledby="planner-heading" className="panel">
      <h2 id="planner-heading">Work back from your target, and your pipeline’s health</h2>
      <p>
        Your ratios run backwards tell you how many leads, prospects and proposals you need to reach a target. Set a
        target in customers, or in revenue with your average deal value.
      </p>
      <div className="form-grid">
        <SelectField
          label="Target in"
          options={[
            { value: 'customers', label: 'New customers' },
            { value: 'revenue', label: 'Revenue (£)' },
          ]}
          {...register('planner.targetKind')}
        />
        {planner.targetKind === 'customers' ? (
          <TextField
            label="Target: new customers"
            {...number}
            error={mustBePositive(planner.targetCustomers, 'The target')}
            {...register('planner.targetCustomers', { setValueAs: toNumberOrNull })}
          />
        ) : (
          <TextField
            label="Target: revenue (£)"
            {...number}
            error={mustBePositive(planner.targetRevenue, 'The revenue target')}
            {...register('planner.targetRevenue', { setValueAs: toNumberOrNull })}
          />
        )}
        <TextField
          label="Average deal value (£)"
          {...number}
          error={mustBePositive(planner.averageDealValue, 'The average deal value')}
          {...register('planner.averageDealValue', { setValueAs: toNumberOrNull })}
        />
        <TextField
          label="Hours a month you have for prospects"
          {...number}
          error={planner.availableHoursPerMonth !== null && planner.availableHoursPerMonth < 0 ? 'Hours cannot be negative.' : undefined}
          {...register('planner.availableHoursPerMonth', { setValueAs: toNumberOrNull })}
        />
      </div>

      <PlannerResults live={live} />
      <VelocityFields register={register} live={live} />
    </section>
  );
}

/** Reads the saved data and recomputes only when the stages, the target or the deals change. */
function PlannerResults({ live }: { live: LiveData<PipelineData> }) {
  const data = useLiveData(live);
  const results = useDerived(
    () => ({ plan: planBackwards(data), health: pipelineHealth(data) }),
    [data.stages, data.namedStages, data.planner, data.prospects.map((p) => [p.name.trim() !== '', p.stageId, p.value])],
  );
  return <PlannerResultsView plan={results.plan} health={results.health} />;
}

const PlannerResultsView = memo(function PlannerResultsView({
  plan,
  health,
}: {
  plan: ReturnType<typeof planBackwards>;
  health: ReturnType<typeof pipelineHealth>;
}) {
  return (
    <>
      <h3>What the target needs</h3>
      <p>{plan.customers.ok ? plan.customers.working : plan.customers.reason}</p>
      {plan.customers.ok && plan.rows.length > 0 && (
        <ScrollBox label="Numbers needed at each stage (scrolls sideways)">
          <table className="data-table">
            <caption className="visually-hidden">Numbers needed at each stage to reach the target</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Needed</th>
                <th scope="col">Working</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.index}>
                  <th scope="row">{row.name}</th>
                  <td>{row.result.ok ? formatCount(row.result.needed) : '–'}</td>
                  <td className={row.result.ok ? 'pipeline-working' : 'pipeline-working pipeline-reason'}>{row.result.ok ? row.result.working : row.result.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      <h3>Pipeline health</h3>
      <p>
        {formatCount(health.openCount)} open prospect{health.openCount === 1 ? '' : 's'} worth {formatMoney(health.openValue)} in
        total.
      </p>
      <dl className="pipeline-health">
        <div>
          <dt>Weighted pipeline value (value × stage probability)</dt>
          <dd>
            {health.weighted.ok ? (
              <>
                <strong>{formatMoney(health.weighted.value)}</strong>: {health.weighted.working}
              </>
            ) : (
              <span className="pipeline-reason">{health.weighted.reason}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Coverage of the target (pipeline value ÷ target)</dt>
          <dd>
            {health.coverage.ok ? (
              <>
                <strong>{formatOneDecimal(health.coverage.ratio)} ×</strong>: {health.coverage.working}. Many sales teams aim
                for about 3 × their target.
              </>
            ) : (
              <span className="pipeline-reason">{health.coverage.reason}</span>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
});
