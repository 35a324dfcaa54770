import { memo, useCallback, useMemo, useRef } from 'react';
import { useWatch, type Control, type UseFieldArrayReturn, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { todayIso } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { SelectField, TextField } from '../../ui/fields';
import { stageLabel, valueProblem } from './calculations';
import { NUMBER_INPUT, toNumberOrNull } from './form-values';
import { LIST_LIMITS, newProspect, recordStageChange, TEXT_LIMITS, type PipelineData } from './model';
import { StageHistory } from './StageHistory';

type FormProps = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
  setValue: UseFormSetValue<PipelineData>;
};

export type Option = { value: string; label: string };

/**
 * The prospect list's field array, kept by the page: prospects are added here and scored and
 * planned in later sections, and the review page shows all three, which must share one list.
 */
export type ProspectFields = UseFieldArrayReturn<PipelineData, 'prospects', 'fieldKey'>;

const hasContent = (p: PipelineData['prospects'][number] | undefined) =>
  !!p && [p.name, p.nextAction].some((t) => t.trim() !== '');

/**
 * The prospect list: each prospect's name, stage, deal value and dated stage history. Each row
 * re-renders only when its own fields change, so a long list stays quick to type in.
 */
export function ProspectsSection({ register, control, getValues, setValue, prospects }: FormProps & { prospects: ProspectFields }) {
  const stages = useWatch({ control, name: 'stages' });

  // Rows get new option lists only when stage names really change, not on every count typed.
  const stageKey = stages.map((s, i) => `${s.id}\u0000${stageLabel(s, i)}`).join('\u0001');
  const stageOptions = useMemo<Option[]>(
    () => [{ value: '', label: 'Choose a stage' }, ...stages.map((s, i) => ({ value: s.id, label: stageLabel(s, i) }))],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stageKey stands for the stage ids and names; counts typed must not rebuild every row
    [stageKey],
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
      <h2 id="prospects-heading">Your prospects and their stages (AC 2.3, 3.2)</h2>
      <p>
        List the prospects in your pipeline, each with the stage it has reached and its deal value. You score them
        against your criteria, and plan the time for each, in the sections after this one.
      </p>
      <p className="field__hint">
        Changing a prospect’s stage records today’s date; correct the dates in its stage history if you moved it
        earlier.
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

type RowProps = FormProps & { index: number; stageOptions: Option[]; onRemove(index: number): void };

const ProspectRow = memo(function ProspectRow({ index, register, control, getValues, setValue, stageOptions, onRemove }: RowProps) {
  const value = useWatch({ control, name: `prospects.${index}.value` });
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
      </div>
      <StageHistory index={index} title={title} register={register} control={control} getValues={getValues} stageOptions={stageOptions} />
      <button type="button" className="button button--quiet" onClick={() => onRemove(index)}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
});
