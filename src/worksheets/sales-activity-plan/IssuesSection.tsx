import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { ISSUES_PROMPT } from './guidance';
import { LIKELIHOOD_LABELS } from './labels';
import { LIKELIHOODS, LIST_LIMITS, newIssue, TEXT_LIMITS } from './model';

/** AC 3.2: potential issues analysed: how likely, the effect on the plan and what the learner will do. */
export function IssuesSection({ control, register, getValues }: FormProps) {
  const issues = useFieldArray({ control, name: 'issues', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="issues-heading" className="panel">
      <h2 id="issues-heading">Potential issues (AC 3.2)</h2>
      <p>{ISSUES_PROMPT}</p>
      <RowFieldsets
        rows={issues.fields}
        name="Potential issue"
        onRemove={(index) => {
          const i = getValues(`issues.${index}`);
          if (confirmRemove([i.issue, i.effect, i.action], `potential issue ${index + 1}`)) issues.remove(index);
        }}
        onAdd={issues.fields.length < LIST_LIMITS.issues ? () => issues.append(newIssue()) : undefined}
      >
        {(index) => (
          <div className="form-grid plan-grid">
            <TextArea label="The potential issue" rows={2} maxLength={TEXT_LIMITS.item} {...register(`issues.${index}.issue`)} />
            <SelectField label="How likely" options={choiceOptions(LIKELIHOODS, LIKELIHOOD_LABELS, { placeholder: 'Choose' })} {...register(`issues.${index}.likelihood`)} />
            <TextArea label="Its effect on the planned activities" rows={3} maxLength={TEXT_LIMITS.item} {...register(`issues.${index}.effect`)} />
            <TextArea label="What you will do about it" rows={3} maxLength={TEXT_LIMITS.item} {...register(`issues.${index}.action`)} />
          </div>
        )}
      </RowFieldsets>
    </section>
  );
}
