import { useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { formatNumber } from '../../lib/numbers';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { amountProblem, checkLimits, LIMIT_NAMES, orderInWords } from './calculations';
import { EachNegotiation } from './EachNegotiation';
import type { FormProps } from './form';
import { LIMITS_ON_HINT, LIMITS_PROMPT } from './guidance';
import { DIRECTION_LABELS } from './labels';
import { DIRECTIONS, TEXT_LIMITS } from './model';

/** AC 2.1: the objective and the LIM-it limits of each negotiation, checked for order as the learner types. */
export function LimitsSection({ control, register }: FormProps) {
  return (
    <section aria-labelledby="limits-heading" className="panel">
      <h2 id="limits-heading">Your objectives and limits (AC 2.1)</h2>
      <p>{LIMITS_PROMPT}</p>
      <EachNegotiation control={control}>
        {(index) => (
          <>
            <TextArea label="Your objective for this negotiation" rows={2} maxLength={TEXT_LIMITS.item} {...register(`negotiations.${index}.objective`)} />
            <div className="form-grid negotiation-grid">
              <TextField label="What the limits are set on" hint={LIMITS_ON_HINT} maxLength={TEXT_LIMITS.short} {...register(`negotiations.${index}.limitsOn`)} />
              <SelectField label="Which way is better for you" options={choiceOptions(DIRECTIONS, DIRECTION_LABELS, { placeholder: 'Choose' })} {...register(`negotiations.${index}.direction`)} />
            </div>
            <LimitFigures control={control} register={register} index={index} />
          </>
        )}
      </EachNegotiation>
    </section>
  );
}

function LimitFigures({ control, register, index }: Pick<FormProps, 'control' | 'register'> & { index: number }) {
  const [direction, ideal, target, walkAway] = useWatch({ control, name: [`negotiations.${index}.direction`, `negotiations.${index}.ideal`, `negotiations.${index}.target`, `negotiations.${index}.walkAway`] });
  const limits = { direction: direction ?? '', ideal: ideal ?? '', target: target ?? '', walkAway: walkAway ?? '' };
  const check = checkLimits(limits);
  const figure = (key: keyof typeof LIMIT_NAMES, label: string) => (
    <TextField label={label} inputMode="decimal" maxLength={TEXT_LIMITS.number} error={amountProblem(limits[key], LIMIT_NAMES[key]) ?? (key === 'walkAway' && check.kind === 'out-of-order' ? check.message : undefined)} {...register(`negotiations.${index}.${key}`)} />
  );
  return (
    <>
      <div className="form-grid negotiation-limits">
        {figure('ideal', 'Ideal (Like)')}
        {figure('target', 'Target (Intend)')}
        {figure('walkAway', 'Walk-away (Must)')}
      </div>
      <p className="negotiation-check" aria-live="polite">
        {check.kind === 'ok'
          ? `✓ In order (${orderInWords(limits.direction || 'higher')}): ${formatNumber(check.room)} of room to negotiate between your ideal and your walk-away.`
          : check.kind === 'incomplete'
            ? `Still to give: ${check.missing.join(', ')}.`
            : check.kind === 'out-of-order'
              ? 'The limits are not in order yet: see the walk-away.'
              : 'A figure does not read as a number yet.'}
      </p>
    </>
  );
}
