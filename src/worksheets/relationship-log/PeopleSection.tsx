import { useFieldArray, useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { AssessorNeeds, FromTheSpec } from '../../ui/AssessorNeeds';
import { TextArea, TextField, SelectField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { NOT_COVERED_AC, NOT_COVERED_WHY, PEOPLE_PROMPT, PERSON_HINTS, RULE_SOURCES, SPEC_CONTENT } from './guidance';
import { PERSON_KIND_LABELS } from './labels';
import { LIST_LIMITS, newPerson, PERSON_KINDS, TEXT_LIMITS } from './model';
import { useFieldProblems } from './use-log-values';
import { personLine } from './fold-lines';

/** AC 1.1, 1.2 and 2.1: the colleagues and stakeholders the learner works with, their needs and expectations. */
export function PeopleSection({ control, register, getValues }: FormProps) {
  const people = useFieldArray({ control, name: 'people', keyName: 'fieldKey' });
  const problems = useFieldProblems(control);
  const watched = useWatch({ control, name: 'people' });
  return (
    <section aria-labelledby="people-heading" className="panel">
      <h2 id="people-heading">Colleagues and stakeholders (AC 1.1, 1.2, 2.1)</h2>
      <p>{PEOPLE_PROMPT}</p>
      <AssessorNeeds quotes={[RULE_SOURCES.colleagues, RULE_SOURCES.stakeholders, RULE_SOURCES.current]} />
      <FromTheSpec summary="What the specification lists for this (indicative content)" bullets={[SPEC_CONTENT.range, SPEC_CONTENT.identify, SPEC_CONTENT.typical]} />
      <aside className="notice notice--info" aria-label="What this log does not cover">
        <p>
          <strong>This log does not cover AC {NOT_COVERED_AC.code}</strong> ({NOT_COVERED_AC.text}). {NOT_COVERED_WHY}
        </p>
      </aside>
      <div className="form-grid form-grid--two">
        <TextField label="Your organisation" maxLength={TEXT_LIMITS.short} {...register('organisation')} />
        <TextField label="Your role" maxLength={TEXT_LIMITS.short} {...register('myRole')} />
      </div>
      <RowFieldsets
        rows={people.fields}
        name="Person"
        fold={{ id: (index) => watched?.[index]?.id ?? String(index), line: (index) => personLine(watched?.[index]) }}
        onRemove={(index) => {
          const p = getValues(`people.${index}`);
          if (confirmRemove([p.name, p.role, p.needs, p.expectations, p.example, p.approach], `person ${index + 1}`)) people.remove(index);
        }}
        onAdd={people.fields.length < LIST_LIMITS.people ? () => people.append(newPerson()) : undefined}
      >
        {(index) => {
          const path = `people.${index}` as const;
          const key = people.fields[index]?.fieldKey ?? String(index);
          return (
            <>
              <div className="form-grid form-grid--two">
                <TextField label="Name" hint={PERSON_HINTS.name} maxLength={TEXT_LIMITS.short} {...register(`${path}.name`)} />
                <SelectField label="Who they are to you" options={choiceOptions(PERSON_KINDS, PERSON_KIND_LABELS, { placeholder: 'Choose' })} {...register(`${path}.kind`)} />
                <TextField label="Their role" hint={PERSON_HINTS.role} className="form-grid__wide" maxLength={TEXT_LIMITS.short} error={problems[`${path}.role`]} {...register(`${path}.role`)} />
                <TextArea label="What they need from you" hint={PERSON_HINTS.needs} rows={3} maxLength={TEXT_LIMITS.item} {...register(`${path}.needs`)} />
                <TextArea label="What they expect of you" hint={PERSON_HINTS.expectations} rows={3} maxLength={TEXT_LIMITS.item} {...register(`${path}.expectations`)} />
                <TextArea label="A supporting example" hint={PERSON_HINTS.example} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.example`)} />
              </div>
              <div className="relationship-checkbox">
                <input id={`current-${key}`} type="checkbox" {...register(`${path}.isCurrent`)} />
                <label htmlFor={`current-${key}`}>I work with them now</label>
              </div>
            </>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
