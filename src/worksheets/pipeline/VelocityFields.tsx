import { Fragment, memo } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { TextField } from '../../ui/fields';
import { namedRatio, pipelineHealth } from './calculations';
import { formatCount, formatMoney, formatPercent } from './format';
import { NUMBER_INPUT, toNumberOrNull } from './form-values';
import { useDerived, useLiveData, type LiveData } from './live-data';
import { TEXT_LIMITS, type PipelineData, type Velocity } from './model';
import { salesVelocity, type VelocityResult } from './velocity';

type Props = { register: UseFormRegister<PipelineData>; live: LiveData<PipelineData> };

const INPUTS: Array<{ key: keyof Velocity; label: string; sourceHint: string }> = [
  { key: 'opportunities', label: 'Opportunities in your pipeline', sourceHint: 'e.g. your CRM’s open deals report, and its date.' },
  { key: 'averageDealValue', label: 'Average value of a won deal (£)', sourceHint: 'e.g. deals won in the last 12 months.' },
  { key: 'winRatePercent', label: 'Win rate (%)', sourceHint: 'e.g. won ÷ closed deals in your CRM, or your prospect to customer ratio.' },
  { key: 'cycleDays', label: 'Sales cycle length (days)', sourceHint: 'e.g. average days from first contact to a won deal.' },
];

/** Sales velocity's four figures, each typed by the learner with its source, and the result with its working. */
export function VelocityFields({ register, live }: Props) {
  return (
    <fieldset className="force">
      <legend>Sales velocity: your figures and where they come from</legend>
      <p className="field__hint">
        Sales velocity = opportunities × average deal value × win rate ÷ sales cycle length. Type each figure from your own
        records and say where it comes from, so an assessor can check the working.
      </p>
      <PipelineSuggests live={live} />
      <div className="form-grid">
        {INPUTS.map(({ key, label, sourceHint }) => (
          <Fragment key={key}>
            <TextField label={label} {...NUMBER_INPUT} min={0} {...register(`velocity.${key}.value`, { setValueAs: toNumberOrNull })} />
            <TextField label={`Source of the ${label.replace(/ \(.*\)$/, '').toLowerCase()}`} hint={sourceHint} maxLength={TEXT_LIMITS.short} {...register(`velocity.${key}.source`)} />
          </Fragment>
        ))}
      </div>
      <VelocityResultLive live={live} />
    </fieldset>
  );
}

/** What the pipeline on this page suggests, as a starting point the learner can check: never used without being typed. */
function PipelineSuggests({ live }: { live: LiveData<PipelineData> }) {
  const data = useLiveData(live);
  const text = useDerived(() => {
    const health = pipelineHealth(data);
    const ratio = namedRatio(data, 'prospect');
    const parts = [
      `${formatCount(health.openCount)} open prospect${health.openCount === 1 ? '' : 's'} on this page`,
      health.openCount > 0 ? `worth ${formatMoney(health.openValue / health.openCount)} on average` : null,
      ratio.ok ? `a prospect to customer ratio of ${formatPercent(ratio.fraction)}` : null,
    ].filter(Boolean);
    return `For reference, this page shows ${parts.join(', ')}.`;
  }, [data.stages, data.namedStages, data.prospects.map((p) => [p.name.trim() !== '', p.stageId, p.value])]);
  return <p className="field__hint">{text}</p>;
}

function VelocityResultLive({ live }: { live: LiveData<PipelineData> }) {
  const data = useLiveData(live);
  const result = useDerived(() => salesVelocity(data.velocity), [data.velocity]);
  return <VelocityResultView result={result} />;
}

const VelocityResultView = memo(function VelocityResultView({ result }: { result: VelocityResult }) {
  return (
    <p aria-live="polite">
      {result.ok ? (
        <>
          <strong>{formatMoney(result.perDay)} a day</strong>: {result.working}
        </>
      ) : (
        <span className="pipeline-reason">Sales velocity cannot be worked out yet: {result.reason}</span>
      )}
    </p>
  );
});
