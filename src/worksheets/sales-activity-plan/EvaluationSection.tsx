import type { UseFormRegister } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { EVALUATION_HINT, EVALUATION_PROMPT, OFF_TRACK_HINT, REQUIREMENTS_HINT } from './guidance';
import { TEXT_LIMITS, type SalesActivityPlanData } from './model';

/** AC 3.3: the learner's planning evaluated against their organisation's requirements. */
export function EvaluationSection({ register }: { register: UseFormRegister<SalesActivityPlanData> }) {
  return (
    <section aria-labelledby="evaluation-heading" className="panel">
      <h2 id="evaluation-heading">Evaluating your planning (AC 3.3)</h2>
      <p>{EVALUATION_PROMPT}</p>
      <TextArea label="What your organisation requires of sales planning" hint={REQUIREMENTS_HINT} rows={5} maxLength={TEXT_LIMITS.answer} {...register('requirements')} />
      <TextArea label="How effective your planning was" hint={EVALUATION_HINT} rows={8} maxLength={TEXT_LIMITS.answer} {...register('evaluation')} />
      <TextArea label="If the plan goes off track, and what you will do next time (good practice)" hint={OFF_TRACK_HINT} rows={4} maxLength={TEXT_LIMITS.answer} {...register('offTrack')} />
    </section>
  );
}
