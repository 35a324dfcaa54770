import { useWatch } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import { periodProblem, periodText, planWeeks, problemOf, readMoney } from './calculations';
import type { FormProps } from './form';
import { PLAN_PROMPT, TARGET_HINT, TARGET_VALUE_HINT } from './guidance';
import { TEXT_LIMITS } from './model';

/** AC 2.1, first part: whose plan, the target it serves and the period it covers. */
export function PlanSection({ control, register }: FormProps) {
  const start = useWatch({ control, name: 'start' }) ?? '';
  const end = useWatch({ control, name: 'end' }) ?? '';
  const targetValue = useWatch({ control, name: 'targetValue' }) ?? '';
  const weeks = planWeeks(start, end);
  return (
    <section aria-labelledby="plan-heading" className="panel">
      <h2 id="plan-heading">Your target and the plan’s period (AC 2.1)</h2>
      <p>{PLAN_PROMPT}</p>
      <div className="form-grid plan-grid">
        <TextField label="Your organisation" maxLength={TEXT_LIMITS.short} {...register('organisation')} />
        <TextField label="Your role" maxLength={TEXT_LIMITS.short} {...register('role')} />
        <TextArea label="The personal sales target this plan is to achieve" hint={TARGET_HINT} rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register('target')} />
        <TextField
          label="The target’s value in pounds (if it has one)"
          hint={TARGET_VALUE_HINT}
          inputMode="decimal"
          maxLength={TEXT_LIMITS.number}
          error={problemOf(targetValue, (t) => readMoney(t, 'the target’s value'))}
          {...register('targetValue')}
        />
      </div>
      <div className="form-grid plan-grid">
        <TextField label="First day of the plan" type="date" {...register('start')} />
        <TextField label="Last day of the plan" type="date" error={periodProblem(start, end)} {...register('end')} />
      </div>
      {weeks.length > 0 && (
        <p className="plan-summary">
          {periodText(start, end)}: {weeks.length} weeks, Monday to Sunday (the first and last may be part weeks).
        </p>
      )}
    </section>
  );
}
