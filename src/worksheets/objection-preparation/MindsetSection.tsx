import { useFieldArray, useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { mindsetDateProblem } from './calculations';
import type { FormProps } from './form';
import { RemoveButton } from '../../ui/RemoveButton';
import { MINDSET_PROMPT } from './guidance';
import { TECHNIQUE_LABELS } from './labels';
import { LIST_LIMITS, newMindsetEntry, TECHNIQUES, TEXT_LIMITS, type Prospect } from './model';
import { useProspectOptions } from './prospect-options';

/** AC 2.3: the techniques used to create a positive mindset before the meetings, dated, with what was done and how it helped. */
export function MindsetSection(form: FormProps) {
  const entries = useFieldArray({ control: form.control, name: 'mindset', keyName: 'fieldKey' });
  const { prospects, options } = useProspectOptions(form.control, 'Choose the meeting');
  return (
    <section aria-labelledby="mindset-heading" className="panel">
      <h2 id="mindset-heading">A positive mindset before the meetings (AC 2.3)</h2>
      <p>{MINDSET_PROMPT}</p>
      {entries.fields.map((field, index) => (
        <MindsetRow
          key={field.fieldKey}
          {...form}
          index={index}
          prospects={prospects}
          prospectOptions={options}
          onRemove={() => entries.remove(index)}
        />
      ))}
      {entries.fields.length < LIST_LIMITS.techniques && (
        <button type="button" className="button" onClick={() => entries.append(newMindsetEntry())}>
          Add a technique you used
        </button>
      )}
    </section>
  );
}

type RowProps = FormProps & { index: number; prospects: Prospect[]; prospectOptions: Array<{ value: string; label: string }>; onRemove(): void };

function MindsetRow({ control, register, getValues, index, prospects, prospectOptions, onRemove }: RowProps) {
  const technique = useWatch({ control, name: `mindset.${index}.technique` });
  const date = useWatch({ control, name: `mindset.${index}.date` }) ?? '';
  const prospectId = useWatch({ control, name: `mindset.${index}.prospectId` }) ?? '';
  return (
    <fieldset className="force">
      <legend>Technique {index + 1}</legend>
      <div className="form-grid objection-grid">
        <SelectField label="The technique" options={choiceOptions(TECHNIQUES, TECHNIQUE_LABELS, { placeholder: 'Choose a technique' })} {...register(`mindset.${index}.technique`)} />
        <TextField label="Date you used it" type="date" error={mindsetDateProblem({ date, prospectId }, prospects)} {...register(`mindset.${index}.date`)} />
        <SelectField label="Before the meeting with" options={prospectOptions} {...register(`mindset.${index}.prospectId`)} />
        {technique === 'other' && <TextField label="Name of the technique" maxLength={TEXT_LIMITS.short} {...register(`mindset.${index}.otherName`)} />}
      </div>
      <div className="form-grid objection-grid">
        <TextArea label="What you did" rows={4} maxLength={TEXT_LIMITS.item} {...register(`mindset.${index}.whatIDid`)} />
        <TextArea label="How it helped" rows={4} maxLength={TEXT_LIMITS.item} {...register(`mindset.${index}.howItHelped`)} />
      </div>
      <RemoveButton
        what={`technique ${index + 1}`}
        written={() => {
          const e = getValues(`mindset.${index}`);
          return [e.otherName, e.whatIDid, e.howItHelped];
        }}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
