import { memo } from 'react';
import { useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { SelectField } from '../../ui/fields';
import { NAMED_RATIOS, namedRatio, stageLabel, type Ratio } from './calculations';
import { useDerived, useLiveData, type LiveData } from './live-data';
import type { NamedStage, PipelineData } from './model';
import { waitingForCounts } from './waiting';

type Props = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
  live: LiveData<PipelineData>;
};

type NamedRatio = { from: string; title: string; ratio: Ratio };

const NAMED_STAGE_FIELDS: Array<{ key: NamedStage; label: string }> = [
  { key: 'lead', label: 'Your lead stage' },
  { key: 'prospect', label: 'Your prospect stage' },
  { key: 'proposal', label: 'Your proposal stage' },
  { key: 'customer', label: 'Your customer (won) stage' },
];

/** The unit's three named ratios, under the choice of which of the learner's stages they run between. */
export function RatiosSection({ register, control, getValues, live }: Props) {
  const data = useLiveData(live);
  const named = useDerived(
    () => NAMED_RATIOS.map(({ from, title }): NamedRatio => ({ from, title, ratio: namedRatio(data, from) })),
    [data.stages, data.namedStages],
  );
  const waiting = useDerived(() => waitingForCounts(data.stages), [data.stages]);
  return (
    <section aria-labelledby="ratios-heading" className="panel">
      <h2 id="ratios-heading">The three ratios the unit names (AC 2.1)</h2>
      <p>
        The unit asks for prospect to customer, lead to customer and proposal to customer. Tell the calculator which of
        your stages these are. A conversion ratio is the number that reached the later stage divided by the number that
        reached the earlier one.
      </p>
      <NamedStageChoices register={register} control={control} getValues={getValues} />
      {waiting ? <p className="notice notice--info">{waiting}</p> : <RatiosView named={named} />}
    </section>
  );
}

function NamedStageChoices({ register, control, getValues }: Omit<Props, 'live'>) {
  useWatch({ control, name: 'stages' });
  // Current values, not the watched copy, which can lag a reorder by one render.
  const stageOptions = [
    { value: '', label: 'Choose a stage' },
    ...getValues('stages').map((s, i) => ({ value: s.id, label: stageLabel(s, i) })),
  ];
  return (
    <div className="form-grid">
      {NAMED_STAGE_FIELDS.map(({ key, label }) => (
        <SelectField key={key} label={label} options={stageOptions} {...register(`namedStages.${key}`)} />
      ))}
    </div>
  );
}

/** Re-renders only when the stages or the named stages change. */
const RatiosView = memo(function RatiosView({ named }: { named: NamedRatio[] }) {
  return (
    <ul className="pipeline-ratios" aria-label="The three ratios the unit names">
      {named.map(({ from, title, ratio }) => (
        <li key={from} className="pipeline-ratio">
          <h3>{title}</h3>
          <p className="pipeline-muted">
            {ratio.fromName} → {ratio.toName}
          </p>
          <p className={ratio.ok ? 'pipeline-ratio__result' : 'pipeline-reason'}>
            {ratio.ok ? ratio.working : `Cannot be calculated: ${ratio.reason}`}
          </p>
          {ratio.ok && ratio.warning && (
            <p className="pipeline-reason">
              <strong>Warning:</strong> {ratio.warning}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
});
