import { useFieldArray, useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { TextField } from '../../ui/fields';
import { criteriaProblem, namedCriteria, weightProblem } from './calculations';
import { formatOneDecimal } from './format';
import { NUMBER_INPUT, toNumberOrNull } from './form-values';
import { CRITERIA_PROMPT } from './guidance';
import { LIST_LIMITS, newCriterion, TEXT_LIMITS, type PipelineData } from './model';

type Props = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
};

/** The learner's criteria for evaluating prospects (BANT by default), with editable weights. */
export function CriteriaSection({ register, control, getValues }: Props) {
  const criteria = useFieldArray({ control, name: 'criteria', keyName: 'fieldKey' });
  useWatch({ control, name: 'criteria' });
  // Current values, not the watched copy, so names and buttons never lag a removal by a render.
  const watched = getValues('criteria');
  const named = namedCriteria(watched);
  const setProblem = named.length > 0 ? criteriaProblem(watched) : null;
  const totalWeight = named.reduce((sum, c) => sum + (c.weight !== null && c.weight > 0 ? c.weight : 0), 0);

  return (
    <section aria-labelledby="criteria-heading" className="panel">
      <h2 id="criteria-heading">Criteria for evaluating prospects (AC 2.2)</h2>
      <p>{CRITERIA_PROMPT}</p>
      <p className="field__hint">
        A prospect’s likelihood of conversion = the sum of score × weight ÷ (5 × the total weight). A weight of 2 counts
        twice as much as a weight of 1.
      </p>
      {criteria.fields.map((field, index) => {
        const name = watched[index]?.name.trim() || `Criterion ${index + 1}`;
        return (
          <fieldset key={field.fieldKey} className="pipeline-criterion">
            <legend>Criterion {index + 1}</legend>
            <div className="pipeline-criterion__grid">
              <TextField label="Criterion" maxLength={TEXT_LIMITS.short} {...register(`criteria.${index}.name`)} />
              <TextField
                label="Weight"
                {...NUMBER_INPUT}
                min={0}
                error={weightProblem(watched[index]?.weight ?? null) ?? undefined}
                {...register(`criteria.${index}.weight`, { setValueAs: toNumberOrNull })}
              />
              <TextField label="What it asks" maxLength={TEXT_LIMITS.action} {...register(`criteria.${index}.guidance`)} />
            </div>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                const criterion = getValues(`criteria.${index}`);
                if (!criterion.name.trim() || window.confirm(`Remove the criterion “${criterion.name.trim()}”? Prospects’ scores on it will no longer count.`)) {
                  criteria.remove(index);
                }
              }}
            >
              Remove {name}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button"
        disabled={criteria.fields.length >= LIST_LIMITS.criteria}
        onClick={() => criteria.append(newCriterion(`crit-${newId()}`))}
      >
        Add a criterion
      </button>
      <div className="pipeline-confirm">
        <input id="criteria-confirmed" type="checkbox" aria-describedby="criteria-confirmed-hint" {...register('criteriaConfirmed')} />
        <label htmlFor="criteria-confirmed">These are the criteria I use to evaluate my prospects</label>
      </div>
      <p id="criteria-confirmed-hint" className="field__hint">
        The BANT criteria are a starting point. Keep, change or replace them, then tick this: the unit asks for the
        criteria you use, so the defaults alone do not count.
      </p>
      <p role="status" className={setProblem ? 'pipeline-reason' : undefined}>
        {setProblem ??
          `${named.length} criteria named, total weight ${formatOneDecimal(totalWeight)}.${named.length < 3 ? ' The unit needs at least three.' : ''}`}
      </p>
    </section>
  );
}
