import { useFieldArray, useWatch } from 'react-hook-form';
import { lineWhenWritten, shortText } from '../../lib/text-list';
import { FoldedFieldset } from '../../ui/Fold';
import { choiceOptions } from '../../lib/choices';
import { formatDate } from '../../lib/dates';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { prospectName, questionTypes } from './calculations';
import { useProspects, type FormProps } from './form';
import { DIALOGUE_HINTS, DIALOGUE_PROMPT, QUESTION_PURPOSE_HINT, QUESTIONS_PROMPT } from './guidance';
import { QUESTION_TYPE_LABELS } from './labels';
import { LIST_LIMITS, newQuestion, QUESTION_TYPES, TEXT_LIMITS, type Prospect } from './model';

/** AC 2.4: a dialogue framework for each meeting, customised to the prospect. */
export function DialogueSection(form: FormProps) {
  const { prospects, problems } = useProspects(form.control);
  return (
    <section aria-labelledby="dialogue-heading" className="panel">
      <h2 id="dialogue-heading">Dialogue frameworks (AC 2.4)</h2>
      <p>{DIALOGUE_PROMPT}</p>
      {prospects.map((prospect, index) => (
        <Framework key={prospect.id} {...form} prospect={prospect} prospectIndex={index} name={prospectName(prospects, prospect.id)} dateProblem={problems[`prospects.${index}.framework.preparedDate`]} />
      ))}
    </section>
  );
}

type FrameworkProps = FormProps & { prospect: Prospect; prospectIndex: number; name: string; dateProblem?: string };

function Framework({ control, register, getValues, prospect, prospectIndex, name, dateProblem }: FrameworkProps) {
  const questions = useFieldArray({ control, name: `prospects.${prospectIndex}.framework.questions`, keyName: 'fieldKey' });
  const path = `prospects.${prospectIndex}.framework` as const;
  const written = useWatch({ control, name: `${path}.questions` });
  const kinds = questionTypes(prospect).map((t) => QUESTION_TYPE_LABELS[t].toLowerCase());
  const meeting = prospect.meeting.date ? `Meeting on ${formatDate(prospect.meeting.date)}.` : 'Give the meeting’s date in the previous section.';
  const f = prospect.framework;
  // Folds once every part of the framework is written, with at least one question.
  const line = f.questions.some((q) => q.question.trim())
    ? lineWhenWritten([f.preparedDate, f.preferences, f.tailoring, f.opening, f.presentation, f.objections, f.close, f.nextStep], () => `Prepared on ${formatDate(f.preparedDate)}: ${f.questions.filter((q) => q.question.trim()).length} questions, every part written.`)
    : null;
  return (
    <FoldedFieldset itemId={`${prospect.id}:dialogue`} title={`Dialogue framework: ${name}`} className="force meeting-prospect" line={line}>
      <p>{meeting}</p>
      <div className="form-grid form-grid--two">
        <TextField label="Date you prepared this framework" type="date" hint={DIALOGUE_HINTS.preparedDate} error={dateProblem} {...register(`${path}.preparedDate`)} />
        <TextArea label="Their individual preferences" hint={DIALOGUE_HINTS.preferences} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.preferences`)} />
        <TextArea label="How this framework is customised to their needs and preferences" hint={DIALOGUE_HINTS.tailoring} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.tailoring`)} />
        <TextArea label="Opening" hint={DIALOGUE_HINTS.opening} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.opening`)} />
      </div>
      <h4>Questions</h4>
      <p>{QUESTIONS_PROMPT}</p>
      <p role="status">{kinds.length ? `Kinds of question written: ${kinds.join(', ')} (${kinds.length}).` : 'No question written with its kind yet.'}</p>
      <RowFieldsets
        rows={questions.fields}
        name="Question"
        legend={(index) => `${name}: question ${index + 1}`}
        fold={{
          id: (index) => written?.[index]?.id ?? String(index),
          line: (index) => {
            const q = written?.[index];
            return q && q.type ? lineWhenWritten([q.question, q.purpose], () => `${QUESTION_TYPE_LABELS[q.type as keyof typeof QUESTION_TYPE_LABELS]}: “${shortText(q.question)}”`) : null;
          },
        }}
        onRemove={(index) => {
          const q = getValues(`${path}.questions.${index}`);
          if (confirmRemove([q.question, q.purpose], `${name}: question ${index + 1}`)) questions.remove(index);
        }}
        onAdd={questions.fields.length < LIST_LIMITS.questions ? () => questions.append(newQuestion()) : undefined}
        addLabel={`Add a question for ${name}`}
      >
        {(index) => (
          <div className="form-grid form-grid--two">
            <SelectField label="Kind of question" options={choiceOptions(QUESTION_TYPES, QUESTION_TYPE_LABELS, { placeholder: 'Choose' })} {...register(`${path}.questions.${index}.type`)} />
            <TextArea label="The question" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.questions.${index}.question`)} />
            <TextArea label="Why you ask it" hint={QUESTION_PURPOSE_HINT} rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.questions.${index}.purpose`)} />
          </div>
        )}
      </RowFieldsets>
      <div className="form-grid form-grid--two">
        <TextArea label="Presentation points: features and benefit statements" hint={DIALOGUE_HINTS.presentation} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.presentation`)} />
        <TextArea label="Likely objections" hint={DIALOGUE_HINTS.objections} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.objections`)} />
        <TextArea label="Close" hint={DIALOGUE_HINTS.close} rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.close`)} />
        <TextArea label="Next step" hint={DIALOGUE_HINTS.nextStep} rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.nextStep`)} />
      </div>
    </FoldedFieldset>
  );
}
