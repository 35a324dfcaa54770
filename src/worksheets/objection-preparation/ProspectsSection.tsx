import { useFieldArray } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import type { FormProps } from './form';
import { RemoveButton } from '../../ui/RemoveButton';
import { KNOWN_HINT, ORGANISATION_PROMPT, PROSPECTS_PROMPT } from './guidance';
import { LIST_LIMITS, newProspect, TEXT_LIMITS } from './model';

/** AC 2.1, first part: the learner's organisation and the prospects whose meetings they prepare for. */
export function ProspectsSection({ control, register, getValues }: FormProps) {
  const prospects = useFieldArray({ control, name: 'prospects', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="prospects-heading" className="panel">
      <h2 id="prospects-heading">Prospects and their meetings (AC 2.1)</h2>
      <p>{ORGANISATION_PROMPT}</p>
      <div className="form-grid objection-grid">
        <TextField label="Your organisation" maxLength={TEXT_LIMITS.short} {...register('organisation')} />
        <TextArea label="The products or services you sell" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register('offer')} />
      </div>
      <p>{PROSPECTS_PROMPT}</p>
      {prospects.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Prospect {index + 1}</legend>
          <div className="form-grid objection-grid">
            <TextField label="Prospect (the organisation or customer)" maxLength={TEXT_LIMITS.short} {...register(`prospects.${index}.name`)} />
            <TextField label="Who you will meet, and their role" maxLength={TEXT_LIMITS.short} {...register(`prospects.${index}.contact`)} />
            <TextField label="Meeting date" type="date" {...register(`prospects.${index}.meetingDate`)} />
            <TextArea label="The meeting: where, and what it is for" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`prospects.${index}.meetingPurpose`)} />
            <TextArea label="What you know of them" hint={KNOWN_HINT} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`prospects.${index}.known`)} />
          </div>
          {prospects.fields.length > 1 && (
            <RemoveButton
              what={`prospect ${index + 1}`}
              written={() => {
                const p = getValues(`prospects.${index}`);
                return [p.name, p.contact, p.meetingPurpose, p.known, ...p.objections.flatMap((o) => [o.wording, o.concern, o.response])];
              }}
              onRemove={() => prospects.remove(index)}
            />
          )}
        </fieldset>
      ))}
      {prospects.fields.length < LIST_LIMITS.prospects && (
        <button type="button" className="button" onClick={() => prospects.append(newProspect())}>
          Add a prospect
        </button>
      )}
    </section>
  );
}
