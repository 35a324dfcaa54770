import { TextArea, TextField } from '../../ui/fields';
import type { FormProps } from './form';
import { OBSERVATION_PROMPT } from './guidance';
import { TEXT_LIMITS } from './model';

/** When the witness saw the learner, and where. */
export function ObservationSection({ register }: FormProps) {
  return (
    <section aria-labelledby="observation-heading" className="panel">
      <h2 id="observation-heading">When and where they saw it</h2>
      <p>{OBSERVATION_PROMPT}</p>
      <div className="form-grid form-grid--two">
        <TextField label="Date they saw it" type="date" {...register('observedFrom')} />
        <TextField label="Last date, if over a period (optional)" type="date" {...register('observedTo')} />
        <TextArea
          label="The setting (optional)"
          hint="Where it took place and what kind of work it was, e.g. a renewal meeting at the customer’s office. Say if the customer agreed to the witness being there."
          rows={3}
          className="form-grid__wide"
          maxLength={TEXT_LIMITS.setting}
          {...register('setting')}
        />
      </div>
    </section>
  );
}
