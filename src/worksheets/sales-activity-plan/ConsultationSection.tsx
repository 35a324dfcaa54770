import { useFieldArray } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { formatDate } from '../../lib/dates';
import { consultationLate } from './completeness';
import { usePlan, type FormProps } from './form';
import { CONSULTATION_PROMPT } from './guidance';
import { LIST_LIMITS, newColleague, TEXT_LIMITS } from './model';

/** AC 2.3: the colleagues consulted when finalising the plan, and what changed because of them. */
export function ConsultationSection({ control, register, getValues }: FormProps) {
  const colleagues = useFieldArray({ control, name: 'colleagues', keyName: 'fieldKey' });
  const data = usePlan(control);
  return (
    <section aria-labelledby="consultation-heading" className="panel">
      <h2 id="consultation-heading">Colleagues consulted (AC 2.3)</h2>
      <p>{CONSULTATION_PROMPT}</p>
      <RowFieldsets
        rows={colleagues.fields}
        name="Colleague"
        onRemove={(index) => {
          const c = getValues(`colleagues.${index}`);
          if (confirmRemove([c.name, c.role, c.feedback, c.change], `colleague ${index + 1}`)) colleagues.remove(index);
        }}
        onAdd={colleagues.fields.length < LIST_LIMITS.colleagues ? () => colleagues.append(newColleague()) : undefined}
      >
        {(index) => {
          const date = data.colleagues[index]?.date ?? '';
          return (
            <div className="form-grid plan-grid">
              <TextField label="Colleague’s name" maxLength={TEXT_LIMITS.short} {...register(`colleagues.${index}.name`)} />
              <TextField label="Their role" hint="Your line manager, or a colleague in your team." maxLength={TEXT_LIMITS.short} {...register(`colleagues.${index}.role`)} />
              <TextField
                label="Date you consulted them"
                type="date"
                error={consultationLate(date, data.end) ? `This is after the plan’s last day, ${formatDate(data.end)}: the unit asks you to consult “when finalising” the plan. Check the date.` : undefined}
                {...register(`colleagues.${index}.date`)}
              />
              <TextArea label="What they said" rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`colleagues.${index}.feedback`)} />
              <TextArea label="What you changed in the plan because of it" rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`colleagues.${index}.change`)} />
            </div>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
