import { useFieldArray } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { prospectName } from './calculations';
import { useProspects, type FormProps } from './form';
import { MATCH_HINTS, MATCH_PROMPT } from './guidance';
import { LIST_LIMITS, newMatch, TEXT_LIMITS } from './model';

/** AC 2.3: each prospect's business needs, matched to the organisation's products and services. */
export function NeedsSection(form: FormProps) {
  const { prospects } = useProspects(form.control);
  return (
    <section aria-labelledby="needs-heading" className="panel">
      <h2 id="needs-heading">Products and services matched to their needs (AC 2.3)</h2>
      <p>{MATCH_PROMPT}</p>
      {prospects.map((prospect, index) => (
        <ProspectNeeds key={prospect.id} {...form} prospectIndex={index} name={prospectName(prospects, prospect.id)} />
      ))}
    </section>
  );
}

function ProspectNeeds({ control, register, getValues, prospectIndex, name }: FormProps & { prospectIndex: number; name: string }) {
  const matches = useFieldArray({ control, name: `prospects.${prospectIndex}.matches`, keyName: 'fieldKey' });
  const path = (index: number) => `prospects.${prospectIndex}.matches.${index}` as const;
  return (
    <section className="meeting-prospect" aria-labelledby={`needs-${prospectIndex}`}>
      <h3 id={`needs-${prospectIndex}`}>{name}</h3>
      <RowFieldsets
        rows={matches.fields}
        name="Need"
        legend={(index) => `${name}: need ${index + 1}`}
        onRemove={(index) => {
          const m = getValues(path(index));
          if (confirmRemove([m.need, m.evidence, m.offer, m.benefit], `${name}: need ${index + 1}`)) matches.remove(index);
        }}
        onAdd={matches.fields.length < LIST_LIMITS.needs ? () => matches.append(newMatch()) : undefined}
        addLabel={`Add a need for ${name}`}
      >
        {(index) => (
          <div className="form-grid form-grid--two">
            <TextArea label="Their business need" hint={MATCH_HINTS.need} rows={3} maxLength={TEXT_LIMITS.item} {...register(`${path(index)}.need`)} />
            <TextArea label="How you know of it" hint={MATCH_HINTS.evidence} rows={3} maxLength={TEXT_LIMITS.item} {...register(`${path(index)}.evidence`)} />
            <TextArea label="Our product or service, and the feature that meets it" hint={MATCH_HINTS.offer} rows={3} maxLength={TEXT_LIMITS.item} {...register(`${path(index)}.offer`)} />
            <TextArea label="The benefit to them" hint={MATCH_HINTS.benefit} rows={3} maxLength={TEXT_LIMITS.item} {...register(`${path(index)}.benefit`)} />
          </div>
        )}
      </RowFieldsets>
    </section>
  );
}
