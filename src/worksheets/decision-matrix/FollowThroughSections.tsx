import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove } from '../../ui/RowFieldsets';
import { GUIDANCE } from './guidance';
import { useMatrixEvaluation } from './ResultsSection';
import { LIST_LIMITS, newAction, newMeasure, TEXT_LIMITS, type DecisionData } from './model';
import { ANSWER_LABELS, OUTCOME_LABELS, OWNER_KIND_LABELS, STATUS_LABELS } from './labels';

type FormProps = { form: UseFormReturn<DecisionData> };

const choices = <K extends string>(labels: Record<K, string>, prompt = 'Choose') =>
  (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label: value === '' ? prompt : label }));

export function DecisionSection({ form }: FormProps) {
  const { register, control } = form;
  const options = useWatch({ control, name: 'options' });
  const chosenId = useWatch({ control, name: 'decision.chosenOptionId' });
  const evaluation = useMatrixEvaluation(control);
  const winner = evaluation.status === 'complete' ? evaluation.winner : null;
  const hint = !winner
    ? 'The matrix has no single winner yet: whichever you choose, explain why.'
    : chosenId && chosenId !== winner.optionId
      ? `You chose a different option from the matrix’s highest score (“${winner.name}”): say why in your reasons.`
      : `The matrix’s highest score is “${winner.name}”.`;
  return (
    <section aria-labelledby="decision-heading" className="panel">
      <h2 id="decision-heading">Your decision (AC 3.1)</h2>
      <div className="form-grid">
        <SelectField
          label="The option you chose"
          hint={hint}
          options={[{ value: '', label: 'Choose an option' }, ...options.map((o, i) => ({ value: o.id, label: o.name.trim() || `Option ${i + 1}` }))]}
          {...register('decision.chosenOptionId')}
        />
        <TextArea label="Why you chose it" hint="Use the matrix, its margin and its sensitivity, and anything it cannot capture." className="form-grid__wide" rows={4} maxLength={TEXT_LIMITS.answer} {...register('decision.reason')} />
      </div>
    </section>
  );
}

export function ApprovalSection({ form }: FormProps) {
  const { register } = form;
  return (
    <section aria-labelledby="approval-heading" className="panel">
      <h2 id="approval-heading">Management approval (AC 3.2)</h2>
      <p>{GUIDANCE.approval}</p>
      <div className="form-grid">
        <TextField label="Manager you asked" maxLength={TEXT_LIMITS.short} {...register('approval.approver')} />
        <TextField label="Their role" maxLength={TEXT_LIMITS.short} {...register('approval.approverRole')} />
        <TextField label="Date you asked" type="date" {...register('approval.dateSought')} />
        <TextArea label="How you asked" hint="Meeting, email, written proposal; what you showed them." className="form-grid__wide" maxLength={TEXT_LIMITS.note} {...register('approval.how')} />
        <SelectField label="Their answer" options={choices(ANSWER_LABELS)} {...register('approval.answer')} />
        <TextField label="Date they answered" type="date" {...register('approval.dateAnswered')} />
        <TextArea label="Conditions they set" hint="Leave blank if there were none." className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('approval.conditions')} />
      </div>
    </section>
  );
}

export function ImplementationSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const actions = useFieldArray({ control, name: 'actions', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="implementation-heading" className="panel">
      <h2 id="implementation-heading">Implementation (AC 4.1)</h2>
      <p>{GUIDANCE.implementation}</p>
      {actions.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Action {index + 1}</legend>
          <div className="force__grid">
            <TextField label={`What action ${index + 1} is`} className="force__wide" maxLength={TEXT_LIMITS.note} {...register(`actions.${index}.action`)} />
            <TextField label="Owner (name and role)" maxLength={TEXT_LIMITS.short} {...register(`actions.${index}.owner`)} />
            <SelectField label="The owner is" options={choices(OWNER_KIND_LABELS)} {...register(`actions.${index}.ownerKind`)} />
            <TextField label="Due date" type="date" {...register(`actions.${index}.dueDate`)} />
            <SelectField label="Status" options={choices(STATUS_LABELS)} {...register(`actions.${index}.status`)} />
            <TextArea label="Progress so far" className="force__wide" maxLength={TEXT_LIMITS.note} {...register(`actions.${index}.progress`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const a = getValues(`actions.${index}`);
              if (confirmRemove([a.action, a.owner, a.progress], 'this action')) actions.remove(index);
            }}
          >
            Remove action {index + 1}
          </button>
        </fieldset>
      ))}
      {actions.fields.length < LIST_LIMITS.actions && (
        <button type="button" className="button" onClick={() => actions.append(newAction(newId()))}>
          Add an action
        </button>
      )}
    </section>
  );
}

export function EvaluationSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const measures = useFieldArray({ control, name: 'evaluation.measures', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="evaluation-heading" className="panel">
      <h2 id="evaluation-heading">Evaluation (AC 4.2)</h2>
      <p>{GUIDANCE.evaluation}</p>
      {measures.fields.map((field, index) => (
        <div key={field.fieldKey} className="decision-row">
          <TextField label={`Measure ${index + 1}`} className="decision-row__wide" maxLength={TEXT_LIMITS.short} {...register(`evaluation.measures.${index}.measure`)} />
          <TextField label="Before" maxLength={TEXT_LIMITS.short} {...register(`evaluation.measures.${index}.before`)} />
          <TextField label="After" maxLength={TEXT_LIMITS.short} {...register(`evaluation.measures.${index}.after`)} />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const m = getValues(`evaluation.measures.${index}`);
              if (confirmRemove([m.measure, m.before, m.after], 'this measure')) measures.remove(index);
            }}
          >
            Remove measure {index + 1}
          </button>
        </div>
      ))}
      {measures.fields.length < LIST_LIMITS.measures && (
        <button type="button" className="button" onClick={() => measures.append(newMeasure(newId()))}>
          Add a measure
        </button>
      )}
      <div className="form-grid decision-evaluation">
        <SelectField label="Is the problem resolved?" options={choices(OUTCOME_LABELS)} {...register('evaluation.outcome')} />
        <TextArea label="What the evidence shows" className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('evaluation.evidence')} />
        <TextArea label="Further actions" hint="Needed if the problem is only partly resolved or not resolved." className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('evaluation.furtherActions')} />
      </div>
    </section>
  );
}
