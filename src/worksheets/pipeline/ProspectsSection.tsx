import { memo, useCallback, useMemo, useRef } from 'react';
import { useFieldArray, useWatch, type Control, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { todayIso } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { SelectField, TextField } from '../../ui/fields';
import { hoursProblem, likelihoodOf, stageLabel, valueProblem } from './calculations';
import { CONTACT_LABELS } from './labels';
import { formatMoney, formatPercent } from './format';
import { NUMBER_INPUT, toNumberOrNull, toScore } from './form-values';
import { PRIORITY_PROMPT, SCORE_HELP } from './guidance';
import { CONTACT_FREQUENCIES, LIST_LIMITS, MAX_SCORE, newProspect, recordStageChange, TEXT_LIMITS, type Criterion, type PipelineData } from './model';
import { StageHistory } from './StageHistory';

type FormProps = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
  setValue: UseFormSetValue<PipelineData>;
};

export type Option = { value: string; label: string };

const SCORE_OPTIONS: Option[] = [
  { value: '', label: 'Not scored' },
  ...Array.from({ length: MAX_SCORE + 1 }, (_, n) => ({ value: String(n), label: String(n) })),
];
const CONTACT_OPTIONS: Option[] = CONTACT_FREQUENCIES.map((f) => ({ value: f, label: f === '' ? 'Choose' : CONTACT_LABELS[f] }));

const hasContent = (p: PipelineData['prospects'][number] | undefined) =>
  !!p && [p.name, p.nextAction].some((t) => t.trim() !== '');

/** The prospect list. Each row re-renders only when its own fields change, so a long list stays quick to type in. */
export function ProspectsSection({ register, control, getValues, setValue }: FormProps) {
  const prospects = useFieldArray({ control, name: 'prospects', keyName: 'fieldKey' });
  const stages = useWatch({ control, name: 'stages' });
  const criteria = useWatch({ control, name: 'criteria' });

  // Rows get new option lists only when stage names or criteria really change, not on every count typed.
  const stageKey = stages.map((s, i) => `${s.id}\u0000${stageLabel(s, i)}`).join('\u0001');
  const stageOptions = useMemo<Option[]>(
    () => [{ value: '', label: 'Choose a stage' }, ...stages.map((s, i) => ({ value: s.id, label: stageLabel(s, i) }))],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stageKey stands for the stage ids and names; counts typed must not rebuild every row
    [stageKey],
  );
  const criteriaKey = JSON.stringify(criteria.map((c) => [c.id, c.name, c.weight]));
  const rowCriteria = useMemo<Criterion[]>(
    () => criteria.map((c) => ({ ...c })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- criteriaKey stands for every criterion field the rows use
    [criteriaKey],
  );

  const removeRef = useRef(prospects.remove);
  removeRef.current = prospects.remove;
  const onRemove = useCallback(
    (index: number) => {
      const prospect = getValues(`prospects.${index}`);
      if (!hasContent(prospect) || window.confirm(`Remove ${prospect?.name.trim() || 'this prospect'} and everything recorded about it?`)) {
        removeRef.current(index);
      }
    },
    [getValues],
  );

  const addProspect = () => {
    const firstStage = getValues('stages')[0]?.id ?? '';
    prospects.append(newProspect(`prospect-${newId()}`, firstStage, todayIso()));
  };

  return (
    <section aria-labelledby="prospects-heading" className="panel">
      <h2 id="prospects-heading">6. Your prospects (AC 2.2, 2.3)</h2>
      <p>{PRIORITY_PROMPT}</p>
      <p className="field__hint">
        {SCORE_HELP} Changing a prospect’s stage records today’s date; correct the dates in its stage history if you
        moved it earlier.
      </p>
      {prospects.fields.length === 0 && <p>No prospects yet.</p>}
      {prospects.fields.map((field, index) => (
        <ProspectRow
          key={field.fieldKey}
          index={index}
          register={register}
          control={control}
          getValues={getValues}
          setValue={setValue}
          stageOptions={stageOptions}
          criteria={rowCriteria}
          onRemove={onRemove}
        />
      ))}
      <div className="button-row">
        <button type="button" className="button" disabled={prospects.fields.length >= LIST_LIMITS.prospects} onClick={addProspect}>
          Add a prospect
        </button>
        <span className="pipeline-muted">
          {prospects.fields.length} prospect{prospects.fields.length === 1 ? '' : 's'}
        </span>
      </div>
    </section>
  );
}

type RowProps = FormProps & { index: number; stageOptions: Option[]; criteria: Criterion[]; onRemove(index: number): void };

const ProspectRow = memo(function ProspectRow({ index, register, control, getValues, setValue, stageOptions, criteria, onRemove }: RowProps) {
  const value = useWatch({ control, name: `prospects.${index}.value` });
  const hours = useWatch({ control, name: `prospects.${index}.hoursPerMonth` });
  const scores = useWatch({ control, name: `prospects.${index}.scores` });
  const named = criteria.filter((c) => c.name.trim() !== '');
  const likelihood = likelihoodOf(scores ?? {}, criteria);
  const title = `Prospect ${index + 1}`;

  return (
    <fieldset className="pipeline-prospect">
      <legend>{title}</legend>
      <div className="pipeline-prospect__grid">
        <TextField label="Prospect name" className="pipeline-prospect__name" maxLength={TEXT_LIMITS.short} {...register(`prospects.${index}.name`)} />
        <SelectField
          label="Stage"
          options={stageOptions}
          {...register(`prospects.${index}.stageId`, {
            onChange: (event: { target: { value: string } }) =>
              setValue(
                `prospects.${index}.stageHistory`,
                recordStageChange(getValues(`prospects.${index}.stageHistory`), event.target.value, todayIso()),
              ),
          })}
        />
        <TextField
          label="Deal value (£)"
          {...NUMBER_INPUT}
          min={0}
          error={valueProblem(value ?? null) ?? undefined}
          {...register(`prospects.${index}.value`, { setValueAs: toNumberOrNull })}
        />
        {named.map((c) => (
          <SelectField
            key={c.id}
            label={`${c.name.trim()} (0–5)`}
            options={SCORE_OPTIONS}
            {...register(`prospects.${index}.scores.${c.id}`, { setValueAs: toScore })}
          />
        ))}
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
      <p className="pipeline-prospect__result">
        {likelihood.ok ? (
          <>
            Likelihood of conversion <strong>{formatPercent(likelihood.fraction)}</strong> ({likelihood.working})
            {value !== null && value !== undefined && value >= 0 && (
              <>
                {' '}
                · weighted value <strong>{formatMoney(value * likelihood.fraction)}</strong>
              </>
            )}
          </>
        ) : (
          <span className="pipeline-muted">Likelihood: {likelihood.reason}</span>
        )}
      </p>
      <StageHistory index={index} title={title} register={register} control={control} getValues={getValues} stageOptions={stageOptions} />
      <button type="button" className="button button--quiet" onClick={() => onRemove(index)}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
});
