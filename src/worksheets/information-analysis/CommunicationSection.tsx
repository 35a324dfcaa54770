import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { useAnalysis, type FormProps } from './form';
import { COMMUNICATION_PROMPT, MESSAGE_HINT, SHAPING_HINT, STRATEGY_HINT } from './guidance';
import { FORMAT_LABELS, LEVEL_LABELS } from './labels';
import { FORMATS, LEVELS, LIST_LIMITS, newAudience, TEXT_LIMITS } from './model';

/** AC 3.3: the findings communicated to two audiences at different levels, with how each was shaped. */
export function CommunicationSection({ control, register, getValues }: FormProps) {
  const audiences = useFieldArray({ control, name: 'audiences', keyName: 'fieldKey' });
  const data = useAnalysis(control);
  return (
    <section aria-labelledby="communication-heading" className="panel">
      <h2 id="communication-heading">Findings communicated to two audiences (AC 3.3)</h2>
      <p>{COMMUNICATION_PROMPT}</p>
      <RowFieldsets
        rows={audiences.fields}
        name="Audience"
        onRemove={(index) => {
          const a = getValues(`audiences.${index}`);
          if (confirmRemove([a.who, a.message, a.shaping], `audience ${index + 1}`)) audiences.remove(index);
        }}
        onAdd={audiences.fields.length < LIST_LIMITS.audiences ? () => audiences.append(newAudience()) : undefined}
      >
        {(index) => {
          const a = data.audiences[index];
          const earlier = a && a.level !== '' ? data.audiences.findIndex((other) => other.level === a.level) : -1;
          const sameLevel = a && earlier >= 0 && earlier < index ? `The same level as audience ${earlier + 1}: the guidance asks for audiences “at different levels”.` : undefined;
          return (
            <div className="form-grid form-grid--two">
              <TextField label="Who (name and role, or the group)" maxLength={TEXT_LIMITS.short} {...register(`audiences.${index}.who`)} />
              <SelectField label="Their level" options={choiceOptions(LEVELS, LEVEL_LABELS, { placeholder: 'Choose a level' })} error={sameLevel} {...register(`audiences.${index}.level`)} />
              <SelectField label="Format" options={choiceOptions(FORMATS, FORMAT_LABELS, { placeholder: 'Choose a format' })} {...register(`audiences.${index}.format`)} />
              <span aria-hidden="true" />
              <TextArea label="What you sent or said" hint={MESSAGE_HINT} className="form-grid__wide" rows={6} maxLength={TEXT_LIMITS.answer} {...register(`audiences.${index}.message`)} />
              <TextArea label="How you shaped it for them (good practice)" hint={SHAPING_HINT} className="form-grid__wide" rows={3} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.shaping`)} />
            </div>
          );
        }}
      </RowFieldsets>
      <TextArea label="The value of your findings against the sales strategy (good practice)" hint={STRATEGY_HINT} rows={4} maxLength={TEXT_LIMITS.answer} {...register('strategy')} />
    </section>
  );
}
