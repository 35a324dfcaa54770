import { useFieldArray, useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { AssessorNeeds } from './AssessorNeeds';
import { fieldProblems } from './calculations';
import type { FormProps } from './form-types';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { communicationPlanGoodPractice } from './good-practice';
import { GoodPracticeList } from './GoodPracticeList';
import { ACTIONS_PROMPT } from './guidance';
import { ACTION_AUDIENCE_LABELS } from './labels';
import { ACTION_AUDIENCES, LIST_LIMITS, newAction, TEXT_LIMITS } from './model';

/** AC 3.3: at least two actions to improve the learner's communications, for colleagues and customers. */
export function ActionsSection({ control, register, getValues }: FormProps) {
  const actions = useFieldArray({ control, name: 'actions', keyName: 'fieldKey' });
  const watched = useWatch({ control, name: 'actions' }) ?? [];
  const problems = fieldProblems({ audiences: [], plan: { audienceId: '', aim: '' }, activities: [], actions: watched });
  const goodPractice = communicationPlanGoodPractice({ plan: { audienceId: '', aim: '' }, activities: [], actions: watched }).filter((item) => item.section === 'actions');
  return (
    <section aria-labelledby="actions-heading" className="panel">
      <h2 id="actions-heading">Actions to improve your communication (AC 3.3)</h2>
      <p>{ACTIONS_PROMPT}</p>
      <AssessorNeeds rules={['actions']} />
      <RowFieldsets
        rows={actions.fields}
        name="Action"
        onRemove={(index) => {
          const row = getValues(`actions.${index}`);
          if (confirmRemove([row.action, row.byWhen, row.measure])) actions.remove(index);
        }}
        onAdd={actions.fields.length < LIST_LIMITS.actions ? () => actions.append(newAction(newId())) : undefined}
      >
        {(index) => (
          <>
            <TextArea label="What you will do" hint="One thing you will do differently, linked to an area to improve." rows={2} maxLength={TEXT_LIMITS.item} {...register(`actions.${index}.action`)} />
            <div className="pair-grid">
              <SelectField label="With whom" options={choiceOptions(ACTION_AUDIENCES, ACTION_AUDIENCE_LABELS, { placeholder: 'Choose' })} {...register(`actions.${index}.audience`)} />
              <TextField label="By when (optional)" type="date" error={problems[`actions.${index}.byWhen`]} {...register(`actions.${index}.byWhen`)} />
              <TextArea label="How you will know it has worked (optional)" rows={2} className="pair-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`actions.${index}.measure`)} />
            </div>
          </>
        )}
      </RowFieldsets>
      <GoodPracticeList items={goodPractice} />
    </section>
  );
}
