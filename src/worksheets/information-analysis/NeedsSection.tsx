import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea } from '../../ui/fields';
import { OrganisationFields } from '../../ui/OrganisationFields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { NEED_HINTS, NEEDS_PROMPT, PURPOSE_HINT } from './guidance';
import { AREA_LABELS } from './labels';
import { AREAS, LIST_LIMITS, newNeed, TEXT_LIMITS } from './model';

/** AC 2.1: the organisation, and the information required to analyse its markets, customers and competitors. */
export function NeedsSection({ control, register, getValues }: FormProps) {
  const needs = useFieldArray({ control, name: 'needs', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="needs-heading" className="panel">
      <h2 id="needs-heading">Your organisation and the information you need (AC 2.1)</h2>
      <p>{NEEDS_PROMPT}</p>
      <OrganisationFields register={register} descriptionLimit={TEXT_LIMITS.item} />
      <TextArea label="What the analysis is for" hint={PURPOSE_HINT} rows={2} maxLength={TEXT_LIMITS.item} {...register('purpose')} />
      <h3>The information you need</h3>
      <RowFieldsets
        rows={needs.fields}
        name="Information"
        legend={(index) => `Information needed ${index + 1}`}
        addLabel="Add a piece of information"
        onRemove={(index) => {
          const n = getValues(`needs.${index}`);
          if (confirmRemove([n.what, n.why], `information needed ${index + 1}`)) needs.remove(index);
        }}
        onAdd={needs.fields.length < LIST_LIMITS.needs ? () => needs.append(newNeed()) : undefined}
      >
        {(index) => (
          <div className="form-grid form-grid--two">
            <SelectField label="Area" options={choiceOptions(AREAS, AREA_LABELS, { placeholder: 'Choose an area' })} {...register(`needs.${index}.area`)} />
            <span aria-hidden="true" />
            <TextArea label="The information required" hint={NEED_HINTS.what} rows={3} maxLength={TEXT_LIMITS.item} {...register(`needs.${index}.what`)} />
            <TextArea label="Why it is needed" hint={NEED_HINTS.why} rows={3} maxLength={TEXT_LIMITS.item} {...register(`needs.${index}.why`)} />
          </div>
        )}
      </RowFieldsets>
    </section>
  );
}
