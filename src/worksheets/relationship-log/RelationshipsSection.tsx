import { useFieldArray, useWatch } from 'react-hook-form';
import { todayIso } from '../../lib/dates';
import { choiceOptions } from '../../lib/choices';
import { AssessorNeeds, FromTheSpec } from '../../ui/AssessorNeeds';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FieldProblems } from './calculations';
import type { FormProps } from './form';
import { ENTRY_HINTS, RELATIONSHIPS_PROMPT, RULE_SOURCES, SPEC_CONTENT } from './guidance';
import { EVIDENCE_KIND_LABELS } from './labels';
import { EVIDENCE_KINDS, LIST_LIMITS, newEvidenceEntry, newRelationship, TEXT_LIMITS } from './model';
import { useFieldProblems, usePersonOptions } from './use-log-values';
import { entryLine, relationshipLine } from './fold-lines';

/** AC 2.3: at least two working relationships, each with dated evidence of what the learner did. */
export function RelationshipsSection(form: FormProps) {
  const { control, register, getValues } = form;
  const relationships = useFieldArray({ control, name: 'relationships', keyName: 'fieldKey' });
  const options = usePersonOptions(control, 'Choose the person');
  const problems = useFieldProblems(control);
  const [people, watched] = useWatch({ control, name: ['people', 'relationships'] });
  const today = todayIso();
  return (
    <section aria-labelledby="relationships-heading" className="panel">
      <h2 id="relationships-heading">Working relationships you developed (AC 2.3)</h2>
      <p>{RELATIONSHIPS_PROMPT}</p>
      <AssessorNeeds quotes={[RULE_SOURCES.relationships]} />
      <FromTheSpec summary="What the specification lists for this (indicative content)" bullets={[SPEC_CONTENT.align, SPEC_CONTENT.meeting, SPEC_CONTENT.checking]} />
      <RowFieldsets
        rows={relationships.fields}
        name="Relationship"
        fold={{ id: (index) => watched?.[index]?.id ?? String(index), line: (index) => relationshipLine(watched?.[index], people ?? [], today) }}
        onRemove={(index) => {
          const r = getValues(`relationships.${index}`);
          if (confirmRemove([r.mutualNeeds, ...r.entries.flatMap((e) => [e.whatIDid, e.evidence, e.outcome])], `relationship ${index + 1}`)) relationships.remove(index);
        }}
        onAdd={relationships.fields.length < LIST_LIMITS.relationships ? () => relationships.append(newRelationship()) : undefined}
      >
        {(index) => (
          <>
            <div className="form-grid form-grid--two">
              <SelectField label="The person" options={options} error={problems[`relationships.${index}.personId`]} {...register(`relationships.${index}.personId`)} />
              <TextArea
                label="What each of you needs, and how you aligned it"
                hint="Optional, good practice: what they need from you, what you need from them, and what you agreed."
                rows={3}
                className="form-grid__wide"
                maxLength={TEXT_LIMITS.item}
                {...register(`relationships.${index}.mutualNeeds`)}
              />
            </div>
            <EntryList {...form} relationship={index} problems={problems} />
          </>
        )}
      </RowFieldsets>
    </section>
  );
}

/** The dated evidence entries of one relationship. */
function EntryList({ control, register, getValues, relationship, problems }: FormProps & { relationship: number; problems: FieldProblems }) {
  const entries = useFieldArray({ control, name: `relationships.${relationship}.entries`, keyName: 'fieldKey' });
  const watched = useWatch({ control, name: `relationships.${relationship}.entries` });
  const today = todayIso();
  return (
    <RowFieldsets
      rows={entries.fields}
      name="Entry"
      legend={(index) => `Relationship ${relationship + 1}: entry ${index + 1}`}
      fold={{ id: (index) => watched?.[index]?.id ?? String(index), line: (index) => entryLine(watched?.[index], today) }}
      onRemove={(index) => {
        const e = getValues(`relationships.${relationship}.entries.${index}`);
        if (confirmRemove([e.whatIDid, e.evidence, e.outcome], `relationship ${relationship + 1}: entry ${index + 1}`)) entries.remove(index);
      }}
      onAdd={entries.fields.length < LIST_LIMITS.entries ? () => entries.append(newEvidenceEntry()) : undefined}
    >
      {(index) => {
        const path = `relationships.${relationship}.entries.${index}` as const;
        return (
          <div className="form-grid form-grid--two">
            <TextField label="Date" type="date" error={problems[`${path}.date`]} {...register(`${path}.date`)} />
            <SelectField label="Kind of evidence" options={choiceOptions(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, { placeholder: 'Choose' })} {...register(`${path}.kind`)} />
            <TextArea label="What you did" hint={ENTRY_HINTS.whatIDid} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.whatIDid`)} />
            <TextArea label="The evidence, and where the assessor finds it" hint={ENTRY_HINTS.evidence} rows={2} maxLength={TEXT_LIMITS.item} {...register(`${path}.evidence`)} />
            <TextArea label="What came of it" hint={ENTRY_HINTS.outcome} rows={2} maxLength={TEXT_LIMITS.item} {...register(`${path}.outcome`)} />
          </div>
        );
      }}
    </RowFieldsets>
  );
}
