import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ObserverComments } from '../../ui/ObserverFields';
import { CloseList } from './CloseList';
import { EachNegotiation } from './EachNegotiation';
import type { FormProps } from './form';
import { CLOSING_HINTS, CLOSING_PROMPT, MANAGER_PROMPT } from './guidance';
import { CLOSE_TECHNIQUE_LABELS } from './labels';
import { CLOSE_TECHNIQUES, TEXT_LIMITS, type Negotiation } from './model';
import { CLOSING_PARTS } from './completeness';

/** A negotiation's finished close in one line: the close used, and that the rest is written. */
const closingLine = (n: Negotiation) =>
  `${n.observed.closeTechnique ? CLOSE_TECHNIQUE_LABELS[n.observed.closeTechnique] : 'Close'}; objections, trial closes and the records updated are written.`;

/** AC 3.1–3.4: the rest of the observation record: objections, trial closes, the close and the records updated; the observer's comments. */
export function ClosingSection(form: FormProps) {
  const { control, register } = form;
  return (
    <section aria-labelledby="closing-heading" className="panel">
      <h2 id="closing-heading">Observed: objections, closes and records (AC 3.1–3.4)</h2>
      <p>{CLOSING_PROMPT}</p>
      <EachNegotiation control={control} fold={{ section: 'closing', parts: CLOSING_PARTS, line: closingLine }}>
        {(index) => {
          const path = `negotiations.${index}.observed` as const;
          return (
            <>
              <TextArea label="Objections and concerns, and how you responded (AC 3.1)" hint={CLOSING_HINTS.objections} rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.objections`)} />
              <h3 className="negotiation-subheading">Trial closes (AC 3.2)</h3>
              <CloseList {...form} index={index} kind="trialCloses" name="Trial close" hint={CLOSING_HINTS.trialCloses} />
              <SelectField label="The close you used (AC 3.3)" options={choiceOptions(CLOSE_TECHNIQUES, CLOSE_TECHNIQUE_LABELS, { placeholder: 'Choose' })} {...register(`${path}.closeTechnique`)} />
              <TextArea label="How you closed the sale, and the outcome (AC 3.3)" hint={CLOSING_HINTS.howClosed} rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.howClosed`)} />
              <TextArea label="The records you updated with the outcome (AC 3.4)" hint={CLOSING_HINTS.recordsUpdated} rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.recordsUpdated`)} />
              <ManagerConfirmation {...form} index={index} />
              <ObserverComments field={(name) => register(`${path}.${name}`)} />
            </>
          );
        }}
      </EachNegotiation>
    </section>
  );
}

/** Shown when the observer is external: the line manager confirms the records were updated. */
function ManagerConfirmation({ control, register, index }: FormProps & { index: number }) {
  const id = useId();
  const isExternal = useWatch({ control, name: `negotiations.${index}.observed.isObserverExternal` });
  if (!isExternal) return null;
  const path = `negotiations.${index}.observed` as const;
  return (
    <div className="negotiation-manager">
      <h3 className="negotiation-subheading">Your line manager’s confirmation</h3>
      <p>{MANAGER_PROMPT}</p>
      <div className="form-grid negotiation-grid">
        <TextField label="Line manager’s name" maxLength={TEXT_LIMITS.short} {...register(`${path}.managerName`)} />
        <TextField label="Date confirmed" type="date" {...register(`${path}.managerDate`)} />
      </div>
      <div className="checkbox">
        <input id={id} type="checkbox" {...register(`${path}.isManagerConfirmed`)} />
        <label htmlFor={id}>My line manager confirmed the records were updated</label>
      </div>
    </div>
  );
}
