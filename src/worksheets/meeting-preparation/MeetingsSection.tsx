import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { prospectName } from './calculations';
import { useProspects, type FormProps } from './form';
import { CONFIRMED_HOW_HINT, MEETINGS_PROMPT } from './guidance';
import { MEETING_FORMAT_LABELS } from './labels';
import { MEETING_FORMATS, TEXT_LIMITS } from './model';

/** AC 2.2: a meeting with each prospect, dated, and how it was formally confirmed. */
export function MeetingsSection({ control, register }: FormProps) {
  const { prospects, problems } = useProspects(control);
  return (
    <section aria-labelledby="meetings-heading" className="panel">
      <h2 id="meetings-heading">Sales meetings arranged (AC 2.2)</h2>
      <p>{MEETINGS_PROMPT}</p>
      {prospects.map((prospect, index) => {
        const path = `prospects.${index}.meeting` as const;
        return (
          <fieldset key={prospect.id} className="force">
            <legend>Meeting with {prospectName(prospects, prospect.id)}</legend>
            <div className="form-grid form-grid--two">
              <TextField label="Meeting date" type="date" error={problems[`${path}.date`]} {...register(`${path}.date`)} />
              <TextField label="Time (optional)" maxLength={TEXT_LIMITS.short} {...register(`${path}.time`)} />
              <SelectField label="How it will be held" options={choiceOptions(MEETING_FORMATS, MEETING_FORMAT_LABELS, { placeholder: 'Choose' })} {...register(`${path}.format`)} />
              <TextArea label="Where, and who will attend" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.place`)} />
              <TextArea label="How the meeting was confirmed" hint={CONFIRMED_HOW_HINT} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.confirmedHow`)} />
              <TextField label="Date it was confirmed" type="date" error={problems[`${path}.confirmedDate`]} {...register(`${path}.confirmedDate`)} />
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
