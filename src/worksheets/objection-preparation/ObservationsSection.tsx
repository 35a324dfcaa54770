import { useFieldArray } from 'react-hook-form';
import { SelectField, TextArea } from '../../ui/fields';
import { ObserverComments, ObserverFields } from '../../ui/ObserverFields';
import type { FormProps } from './form';
import { RemoveButton } from './RemoveButton';
import { OBSERVATION_HINTS, OBSERVATION_PROMPT } from './guidance';
import { LIST_LIMITS, newObservation, TEXT_LIMITS } from './model';
import { useProspectOptions } from './prospect-options';

/** LO3 (AC 3.1–3.4): a record of each observed sales meeting, completed with the observer, who signs the PDF. */
export function ObservationsSection({ control, register, getValues }: FormProps) {
  const records = useFieldArray({ control, name: 'observations', keyName: 'fieldKey' });
  const { options } = useProspectOptions(control, 'Choose the prospect');
  return (
    <section aria-labelledby="observations-heading" className="panel">
      <h2 id="observations-heading">Observed sales meetings (AC 3.1–3.4)</h2>
      <p>{OBSERVATION_PROMPT}</p>
      {records.fields.map((field, index) => {
        const path = `observations.${index}` as const;
        return (
          <fieldset key={field.fieldKey} className="force">
            <legend>Observation record {index + 1}</legend>
            <ObserverFields field={(name) => register(`${path}.${name}`)} className="objection-grid">
              <SelectField label="The prospect met" options={options} {...register(`${path}.prospectId`)} />
            </ObserverFields>
            <TextArea label="Open and probing questions used to gain commitment" hint={OBSERVATION_HINTS.questions} rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.questions`)} />
            <TextArea label="How objections were explored to identify and prioritise concerns" hint={OBSERVATION_HINTS.objectionsExplored} rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.objectionsExplored`)} />
            <TextArea label="Verbal and non-verbal signals, and how you responded" hint={OBSERVATION_HINTS.signals} rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.signals`)} />
            <TextArea label="How you confirmed with the customer that the objections can be overcome" hint={OBSERVATION_HINTS.overcome} rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.overcome`)} />
            <ObserverComments field={(name) => register(`${path}.${name}`)} />
            <RemoveButton
              what={`observation record ${index + 1}`}
              written={() => {
                const o = getValues(path);
                return [o.observerName, o.questions, o.objectionsExplored, o.signals, o.overcome, o.observerComments];
              }}
              onRemove={() => records.remove(index)}
            />
          </fieldset>
        );
      })}
      {records.fields.length < LIST_LIMITS.observations && (
        <button type="button" className="button" onClick={() => records.append(newObservation())}>
          Add an observation record
        </button>
      )}
    </section>
  );
}
