import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import type { FormProps } from './form';
import { DECLARATION_LABEL, SIGN_OFF_PROMPT, WITNESS_DECLARATION } from './guidance';
import { DECISION_LABELS } from './labels';
import { ASSESSOR_DECISIONS, TEXT_LIMITS } from './model';

/** The witness's declaration (signed on the printed copy) and the assessor's decision on the testimony. */
export function SignOffSection({ register }: FormProps) {
  return (
    <section aria-labelledby="sign-off-heading" className="panel">
      <h2 id="sign-off-heading">Declaration and assessor’s decision</h2>
      <p>{SIGN_OFF_PROMPT}</p>
      <h3>{DECLARATION_LABEL}</h3>
      <blockquote className="witness-declaration">{WITNESS_DECLARATION}</blockquote>
      <TextField label="Date the witness signed (optional)" hint="They sign the printed copy; record the date here too if you like." type="date" {...register('declarationDate')} />
      <h3>For your assessor</h3>
      <p className="field__hint">Leave these blank unless your assessor fills them in with you: they can write on the printed copy instead.</p>
      <div className="form-grid form-grid--two">
        <SelectField label="Assessor’s decision (optional)" options={choiceOptions(ASSESSOR_DECISIONS, DECISION_LABELS, { placeholder: 'Not decided yet' })} {...register('assessor.decision')} />
        <TextField label="Date of the decision (optional)" type="date" {...register('assessor.date')} />
        <TextArea label="Assessor’s comments (optional)" rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.comments} {...register('assessor.comments')} />
      </div>
    </section>
  );
}
