import { useFieldArray, useWatch } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { TextArea, TextField } from '../../ui/fields';
import { AssessorNeeds, FromTheSpec } from './AssessorNeeds';
import { fieldProblems } from './calculations';
import type { FormProps } from './form-types';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { AUDIENCE_PROMPTS, DIFFERENCES_PROMPT, LEGAL_NOTE, SPEC_CONTENT } from './guidance';
import { LIST_LIMITS, newAudience, TEXT_LIMITS } from './model';

/** AC 3.1: at least two target audiences, each evaluated on the factors that decide how to reach them. */
export function AudiencesSection({ control, register, getValues }: FormProps) {
  const audiences = useFieldArray({ control, name: 'audiences', keyName: 'fieldKey' });
  const watched = useWatch({ control, name: 'audiences' });
  const problems = fieldProblems({ audiences: watched ?? [], plan: { audienceId: '', aim: '' }, activities: [], actions: [] });
  return (
    <section aria-labelledby="audiences-heading" className="panel">
      <h2 id="audiences-heading">Target audiences (AC 3.1)</h2>
      <p>
        Evaluate at least two types of target audience: who they are, what they need, the channels they prefer, and the legal and organisational factors
        that affect how you may communicate with them. Then say how you would approach each one differently.
      </p>
      <AssessorNeeds rules={['audiences', 'approach']} />
      <FromTheSpec summary="What the specification lists for this (indicative content)" bullets={[SPEC_CONTENT.factors, SPEC_CONTENT.types, SPEC_CONTENT.legal, SPEC_CONTENT.policies]} />
      <p className="field__hint">{LEGAL_NOTE}</p>
      <RowFieldsets
        rows={audiences.fields}
        name="Audience"
        onRemove={(index) => {
          const row = getValues(`audiences.${index}`);
          if (confirmRemove([row.name, row.who, row.needs, row.channels, row.legal, row.organisational, row.approach])) audiences.remove(index);
        }}
        onAdd={audiences.fields.length < LIST_LIMITS.audiences ? () => audiences.append(newAudience(newId())) : undefined}
      >
        {(index) => (
          <>
            <TextField label="Type of audience" hint={AUDIENCE_PROMPTS.name} maxLength={TEXT_LIMITS.short} error={problems[`audiences.${index}.name`]} {...register(`audiences.${index}.name`)} />
            <div className="pair-grid">
              <TextArea label="Who they are" hint={AUDIENCE_PROMPTS.who} rows={4} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.who`)} />
              <TextArea label="What they need" hint={AUDIENCE_PROMPTS.needs} rows={4} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.needs`)} />
              <TextArea label="Channel preferences" hint={AUDIENCE_PROMPTS.channels} rows={4} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.channels`)} />
              <TextArea label="Legal factors" hint={AUDIENCE_PROMPTS.legal} rows={4} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.legal`)} />
              <TextArea label="Organisational factors" hint={AUDIENCE_PROMPTS.organisational} rows={4} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.organisational`)} />
              <TextArea label="How you would approach them" hint={AUDIENCE_PROMPTS.approach} rows={4} maxLength={TEXT_LIMITS.item} {...register(`audiences.${index}.approach`)} />
            </div>
          </>
        )}
      </RowFieldsets>
      <h3>How your approach differs</h3>
      <TextArea label="How you would approach the audiences differently" hint={DIFFERENCES_PROMPT} rows={5} maxLength={TEXT_LIMITS.answer} {...register('differences')} />
    </section>
  );
}
