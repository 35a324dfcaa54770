import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { AssessorNeeds, FromTheSpec } from './AssessorNeeds';
import type { FormProps } from './form-types';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { BARRIER_PROMPTS, SPEC_CONTENT } from './guidance';
import { BARRIER_LEVEL_LABELS } from './labels';
import { BARRIER_LEVELS, LIST_LIMITS, newBarrier, TEXT_LIMITS } from './model';

/** AC 2.2, 2.3: barriers at individual, team and organisational level, each with how it could be overcome. */
export function BarriersSection({ control, register, getValues }: FormProps) {
  const barriers = useFieldArray({ control, name: 'barriers', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="barriers-heading" className="panel">
      <h2 id="barriers-heading">Barriers to communication and how to overcome them (AC 2.2, 2.3)</h2>
      <p>Explain at least three barriers that get in the way of communication, one at each level (individual, team and organisation), and evaluate how each could be overcome.</p>
      <AssessorNeeds rules={['barriers', 'levels']} />
      <FromTheSpec summary="What the specification lists for this (indicative content)" bullets={[SPEC_CONTENT.barriers, SPEC_CONTENT.overcome]} />
      <RowFieldsets
        rows={barriers.fields}
        name="Barrier"
        onRemove={(index) => {
          const row = getValues(`barriers.${index}`);
          if (confirmRemove([row.barrier, row.explanation, row.overcome])) barriers.remove(index);
        }}
        onAdd={barriers.fields.length < LIST_LIMITS.barriers ? () => barriers.append(newBarrier('', newId())) : undefined}
      >
        {(index) => (
          <>
            <div className="pair-grid">
              <SelectField label="Level" options={choiceOptions(BARRIER_LEVELS, BARRIER_LEVEL_LABELS, { placeholder: 'Choose' })} {...register(`barriers.${index}.level`)} />
              <TextField label="The barrier" hint={BARRIER_PROMPTS.barrier} maxLength={TEXT_LIMITS.short} {...register(`barriers.${index}.barrier`)} />
              <TextArea label="How it gets in the way" hint={BARRIER_PROMPTS.explanation} rows={3} className="pair-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`barriers.${index}.explanation`)} />
              <TextArea label="How it could be overcome, and how well" hint={BARRIER_PROMPTS.overcome} rows={3} className="pair-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`barriers.${index}.overcome`)} />
            </div>
          </>
        )}
      </RowFieldsets>
    </section>
  );
}
