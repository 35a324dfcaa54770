import { useFieldArray, useWatch } from 'react-hook-form';
import { SelectField, TextArea } from '../../ui/fields';
import { FoldedFieldset } from '../../ui/Fold';
import { shortText } from '../../lib/text-list';
import { prospectName } from './calculations';
import type { FormProps } from './form';
import { RemoveButton } from './RemoveButton';
import { CONCERN_HINT, OBJECTIONS_PROMPT, RESPONSE_HINT } from './guidance';
import { objectionFamily, OBJECTION_TYPE_LABELS } from './labels';
import { hasText, LIST_LIMITS, newExpectedObjection, OBJECTION_TYPES, TEXT_LIMITS, type ExpectedObjection, type Prospect } from './model';

/** A finished objection (its concern and response written) in one line, e.g. "Price (standard): “It costs more than we pay now.”" */
function objectionLine(objection: ExpectedObjection | undefined): string | null {
  if (!objection || !objection.type || ![objection.wording, objection.concern, objection.response].every(hasText)) return null;
  // The learner may have quoted it already: one pair of quotation marks, not two.
  const wording = shortText(objection.wording.trim().replace(/^["“']+|["”']+$/g, ''), 50);
  return `${OBJECTION_TYPE_LABELS[objection.type]} (${objectionFamily(objection.type).toLowerCase()}): “${wording}”`;
}

const TYPE_OPTIONS = [
  { value: '', label: 'Choose the kind of objection' },
  ...OBJECTION_TYPES.map((type) => ({ value: type, label: `${OBJECTION_TYPE_LABELS[type]} (${objectionFamily(type).toLowerCase()})` })),
];

/** AC 2.1, second part: for each prospect, the objections expected, the concern under each and the response prepared. */
export function ObjectionsSection(form: FormProps) {
  const prospects = useWatch({ control: form.control, name: 'prospects' }) as Prospect[] | undefined;
  return (
    <section aria-labelledby="objections-heading" className="panel">
      <h2 id="objections-heading">Objections you expect (AC 2.1)</h2>
      <p>{OBJECTIONS_PROMPT}</p>
      {(prospects ?? []).map((prospect, index) => (
        <ProspectObjections key={prospect.id} {...form} prospectIndex={index} name={prospectName(prospects ?? [], prospect.id)} />
      ))}
    </section>
  );
}

function ProspectObjections({ control, register, getValues, prospectIndex, name }: FormProps & { prospectIndex: number; name: string }) {
  const objections = useFieldArray({ control, name: `prospects.${prospectIndex}.objections`, keyName: 'fieldKey' });
  const values = useWatch({ control, name: `prospects.${prospectIndex}.objections` }) as ExpectedObjection[] | undefined;
  return (
    <section className="objection-prospect" aria-labelledby={`objections-${prospectIndex}`}>
      <h3 id={`objections-${prospectIndex}`}>{name}</h3>
      {objections.fields.map((field, index) => {
        const title = `${name}: objection ${index + 1}`;
        const path = `prospects.${prospectIndex}.objections.${index}` as const;
        return (
          <FoldedFieldset key={field.fieldKey} itemId={field.id} title={title} line={objectionLine(values?.[index])}>
            <div className="form-grid objection-grid">
              <SelectField label="Kind of objection" options={TYPE_OPTIONS} {...register(`${path}.type`)} />
              <TextArea label="The objection, as they might say it" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.wording`)} />
              <TextArea label="The underlying concern" hint={CONCERN_HINT} rows={4} maxLength={TEXT_LIMITS.item} {...register(`${path}.concern`)} />
              <TextArea label="Your prepared response" hint={RESPONSE_HINT} rows={4} maxLength={TEXT_LIMITS.item} {...register(`${path}.response`)} />
            </div>
            <RemoveButton
              what={`objection ${index + 1} for ${name}`}
              written={() => {
                const o = getValues(path);
                return [o.wording, o.concern, o.response];
              }}
              onRemove={() => objections.remove(index)}
            />
          </FoldedFieldset>
        );
      })}
      {objections.fields.length < LIST_LIMITS.objections && (
        <button type="button" className="button" onClick={() => objections.append(newExpectedObjection())}>
          Add an objection for {name}
        </button>
      )}
    </section>
  );
}
