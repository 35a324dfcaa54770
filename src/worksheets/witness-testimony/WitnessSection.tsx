import { useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextField } from '../../ui/fields';
import type { FormProps } from './form';
import { CONTACT_HINT, KNOWN_FOR_HINT, WITNESS_PROMPT } from './guidance';
import { ASSESSOR_QUALIFICATION_LABELS, RELATIONSHIP_LABELS } from './labels';
import { ASSESSOR_QUALIFICATIONS, RELATIONSHIPS, TEXT_LIMITS } from './model';

/** Who the witness is: name, role, how they know the learner, and how to reach them. */
export function WitnessSection({ control, register }: FormProps) {
  const relationship = useWatch({ control, name: 'witness.relationship' });
  const qualification = useWatch({ control, name: 'witness.assessorQualification' });
  return (
    <section aria-labelledby="witness-heading" className="panel">
      <h2 id="witness-heading">About the witness</h2>
      <p>{WITNESS_PROMPT}</p>
      <div className="form-grid form-grid--two">
        <TextField label="Witness’s full name" autoComplete="off" maxLength={TEXT_LIMITS.short} {...register('witness.name')} />
        <TextField label="Their job role" hint="For example “Regional Sales Manager”." maxLength={TEXT_LIMITS.short} {...register('witness.role')} />
        <SelectField label="Their relationship to you" options={choiceOptions(RELATIONSHIPS, RELATIONSHIP_LABELS, { placeholder: 'Choose' })} {...register('witness.relationship')} />
        {relationship === 'other' && <TextField label="Their relationship to you, in words" maxLength={TEXT_LIMITS.short} {...register('witness.relationshipOther')} />}
        <TextField label="How long they have known your work (optional)" hint={KNOWN_FOR_HINT} maxLength={TEXT_LIMITS.short} {...register('witness.knownFor')} />
        <TextField label="Their contact details (optional)" hint={CONTACT_HINT} autoComplete="off" maxLength={TEXT_LIMITS.contact} {...register('witness.contact')} />
        <SelectField
          label="Do they hold an assessor qualification? (optional)"
          options={choiceOptions(ASSESSOR_QUALIFICATIONS, ASSESSOR_QUALIFICATION_LABELS, { placeholder: 'Not said' })}
          {...register('witness.assessorQualification')}
        />
        {qualification === 'yes' && <TextField label="Which qualification (optional)" hint="For example “CAVA” or “TAQA”." maxLength={TEXT_LIMITS.short} {...register('witness.qualificationName')} />}
      </div>
    </section>
  );
}
