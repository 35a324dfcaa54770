import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { GUIDANCE } from './guidance';
import {
  DATA_TYPES,
  FISHBONE_CATEGORIES,
  LIST_LIMITS,
  newDataSource,
  newFishboneCause,
  TEXT_LIMITS,
  WHY_COUNT,
  type DecisionData,
} from './model';
import { DATA_TYPE_CHOICE_LABELS, FISHBONE_LABELS } from './labels';

type FormProps = { form: UseFormReturn<DecisionData> };

/** Asks before removing a row the learner has written in. */
export const confirmRemove = (texts: string[]) => texts.every((t) => !t.trim()) || window.confirm('Remove this row and everything written in it?');

export function DataSourcesSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const sources = useFieldArray({ control, name: 'dataSources', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="data-heading" className="panel">
      <h2 id="data-heading">2. Data and information (AC 2.2)</h2>
      <p>{GUIDANCE.data}</p>
      {sources.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Source {index + 1}</legend>
          <div className="force__grid">
            <TextField label="Source" hint="e.g. CRM report, customer survey, team meeting." maxLength={TEXT_LIMITS.short} {...register(`dataSources.${index}.source`)} />
            <SelectField
              label="Type of data"
              options={choiceOptions(DATA_TYPES, DATA_TYPE_CHOICE_LABELS, { placeholder: 'Choose' })}
              {...register(`dataSources.${index}.dataType`)}
            />
            <TextField label="How you gathered it" className="force__wide" maxLength={TEXT_LIMITS.short} {...register(`dataSources.${index}.method`)} />
            <TextArea label="What it showed" className="force__wide" maxLength={TEXT_LIMITS.answer} {...register(`dataSources.${index}.findings`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const s = getValues(`dataSources.${index}`);
              if (confirmRemove([s.source, s.method, s.findings])) sources.remove(index);
            }}
          >
            Remove source {index + 1}
          </button>
        </fieldset>
      ))}
      {sources.fields.length < LIST_LIMITS.sources && (
        <button type="button" className="button" onClick={() => sources.append(newDataSource(newId()))}>
          Add a source
        </button>
      )}
    </section>
  );
}

export function RootCauseSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const causes = useFieldArray({ control, name: 'rootCause.fishbone', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="root-heading" className="panel">
      <h2 id="root-heading">3. Root cause (AC 2.3)</h2>
      <p>Use at least one analysis tool: the 5 whys, a fishbone, or both. Then state the root cause they point to.</p>
      <fieldset className="force">
        <legend>The 5 whys</legend>
        <p className="field__hint">{GUIDANCE.whys}</p>
        <TextField label="The problem you asked “why?” about" className="field--wide" maxLength={TEXT_LIMITS.note} {...register('rootCause.problemForWhys')} />
        <ol className="decision-whys">
          {Array.from({ length: WHY_COUNT }, (_, i) => (
            <li key={i}>
              <TextArea label={`Why ${i + 1}?`} rows={2} maxLength={TEXT_LIMITS.note} {...register(`rootCause.whys.${i}`)} />
            </li>
          ))}
        </ol>
      </fieldset>
      <fieldset className="force">
        <legend>Fishbone diagram</legend>
        <p className="field__hint">{GUIDANCE.fishbone}</p>
        {causes.fields.map((field, index) => (
          <div key={field.fieldKey} className="decision-row">
            <SelectField
              label={`Category of cause ${index + 1}`}
              options={FISHBONE_CATEGORIES.map((c) => ({ value: c, label: FISHBONE_LABELS[c] }))}
              {...register(`rootCause.fishbone.${index}.category`)}
            />
            <TextField label={`Cause ${index + 1}`} className="decision-row__wide" maxLength={TEXT_LIMITS.note} {...register(`rootCause.fishbone.${index}.cause`)} />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => confirmRemove([getValues(`rootCause.fishbone.${index}.cause`)]) && causes.remove(index)}
            >
              Remove cause {index + 1}
            </button>
          </div>
        ))}
        {causes.fields.length < LIST_LIMITS.fishbone && (
          <button type="button" className="button" onClick={() => causes.append(newFishboneCause(newId()))}>
            Add a cause
          </button>
        )}
      </fieldset>
      <TextArea label="The root cause" hint="What your analysis shows is underneath the problem." className="field--wide" maxLength={TEXT_LIMITS.answer} {...register('rootCause.statement')} />
    </section>
  );
}
