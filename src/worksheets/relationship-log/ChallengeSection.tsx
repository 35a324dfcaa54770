import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { AssessorNeeds, FromTheSpec } from '../../ui/AssessorNeeds';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { CHALLENGE_HINTS, CHALLENGE_PROMPT, RULE_SOURCES, SPEC_CONTENT } from './guidance';
import { CONFIRMER_ROLE_LABELS } from './labels';
import { CONFIRMER_ROLES, LIST_LIMITS, newChallenge, TEXT_LIMITS } from './model';
import { useFieldProblems, usePersonOptions } from './use-log-values';

/** AC 2.4: a challenge in a working relationship, what the learner did and how it turned out, and who can confirm it (they sign the PDF). */
export function ChallengeSection({ control, register, getValues }: FormProps) {
  const challenges = useFieldArray({ control, name: 'challenges', keyName: 'fieldKey' });
  const options = usePersonOptions(control, 'Choose the colleague');
  const problems = useFieldProblems(control);
  return (
    <section aria-labelledby="challenge-heading" className="panel">
      <h2 id="challenge-heading">A relationship challenge you resolved (AC 2.4)</h2>
      <p>{CHALLENGE_PROMPT}</p>
      <AssessorNeeds quotes={[RULE_SOURCES.challenge, RULE_SOURCES.confirmation]} />
      <FromTheSpec summary="What the specification lists for this (indicative content)" bullets={[SPEC_CONTENT.notPossible, SPEC_CONTENT.resolve]} />
      <RowFieldsets
        rows={challenges.fields}
        name="Challenge"
        onRemove={(index) => {
          const c = getValues(`challenges.${index}`);
          if (confirmRemove([c.situation, c.actions, c.outcome, c.learned, c.confirmerName, c.confirmerStatement], `challenge ${index + 1}`)) challenges.remove(index);
        }}
        onAdd={challenges.fields.length < LIST_LIMITS.challenges ? () => challenges.append(newChallenge()) : undefined}
      >
        {(index) => {
          const path = `challenges.${index}` as const;
          return (
            <>
              <div className="form-grid form-grid--two">
                <SelectField label="The colleague" options={options} error={problems[`${path}.personId`]} {...register(`${path}.personId`)} />
                <TextField label="When it happened" type="date" error={problems[`${path}.date`]} {...register(`${path}.date`)} />
                <TextArea label="What happened" hint={CHALLENGE_HINTS.situation} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.situation`)} />
                <TextArea label="The actions you took to resolve it" hint={CHALLENGE_HINTS.actions} rows={5} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.actions`)} />
                <TextArea label="How it turned out" hint={CHALLENGE_HINTS.outcome} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.outcome`)} />
                <TextArea label="What you learned (optional)" hint={CHALLENGE_HINTS.learned} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.learned`)} />
              </div>
              <h3>Who can confirm it took place</h3>
              <p className="field__hint">They sign the confirmation at the end of the exported PDF.</p>
              <div className="form-grid form-grid--two">
                <TextField label="Their name" maxLength={TEXT_LIMITS.short} {...register(`${path}.confirmerName`)} />
                <SelectField label="Their role" options={choiceOptions(CONFIRMER_ROLES, CONFIRMER_ROLE_LABELS, { placeholder: 'Choose' })} {...register(`${path}.confirmerRole`)} />
                <TextArea label="What they confirm (optional)" hint={CHALLENGE_HINTS.confirmerStatement} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.confirmerStatement`)} />
              </div>
            </>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
