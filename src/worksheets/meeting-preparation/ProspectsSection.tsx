import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { ACCESS_HINT, DMU_HINT, IDENTIFIED_HINT, INTEREST_HINT, PROSPECTS_PROMPT } from './guidance';
import { INTEREST_METHOD_LABELS, LEAD_SOURCE_LABELS } from './labels';
import { INTEREST_METHODS, LEAD_SOURCES, LIST_LIMITS, newProspect, TEXT_LIMITS } from './model';

/** AC 2.1: the prospects, how they were found, how their interest was confirmed, and the way to the buyer. */
export function ProspectsSection({ control, register, getValues }: FormProps) {
  const prospects = useFieldArray({ control, name: 'prospects', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="prospects-heading" className="panel">
      <h2 id="prospects-heading">Interested prospects (AC 2.1)</h2>
      <p>{PROSPECTS_PROMPT}</p>
      <RowFieldsets
        rows={prospects.fields}
        name="Prospect"
        onRemove={(index) => {
          const p = getValues(`prospects.${index}`);
          if (confirmRemove([p.name, p.contact, p.identified, p.interest, p.dmu, p.access, p.meeting.place, p.framework.tailoring, ...p.matches.map((m) => m.need), ...p.framework.questions.map((q) => q.question)], `prospect ${index + 1}`)) prospects.remove(index);
        }}
        onAdd={prospects.fields.length < LIST_LIMITS.prospects ? () => prospects.append(newProspect()) : undefined}
      >
        {(index) => (
          <div className="form-grid form-grid--two">
            <TextField label="Prospect (the organisation)" maxLength={TEXT_LIMITS.short} {...register(`prospects.${index}.name`)} />
            <TextField label="Who you deal with, and their role" maxLength={TEXT_LIMITS.short} {...register(`prospects.${index}.contact`)} />
            <SelectField label="Where the lead came from" options={choiceOptions(LEAD_SOURCES, LEAD_SOURCE_LABELS, { placeholder: 'Choose' })} {...register(`prospects.${index}.leadSource`)} />
            <TextArea label="How you identified them" hint={IDENTIFIED_HINT} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`prospects.${index}.identified`)} />
            <SelectField label="How their interest was confirmed" options={choiceOptions(INTEREST_METHODS, INTEREST_METHOD_LABELS, { placeholder: 'Choose' })} {...register(`prospects.${index}.interestMethod`)} />
            <TextField label="Date their interest was confirmed" type="date" {...register(`prospects.${index}.interestDate`)} />
            <TextArea label="What they said or did that shows their interest" hint={INTEREST_HINT} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`prospects.${index}.interest`)} />
            <TextArea label="The decision-making unit" hint={DMU_HINT} rows={4} maxLength={TEXT_LIMITS.item} {...register(`prospects.${index}.dmu`)} />
            <TextArea label="How you gained access to the buyer" hint={ACCESS_HINT} rows={4} maxLength={TEXT_LIMITS.item} {...register(`prospects.${index}.access`)} />
          </div>
        )}
      </RowFieldsets>
    </section>
  );
}
