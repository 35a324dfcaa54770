import type { FieldArrayWithId, Control, UseFormRegister } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { TEXT_LIMITS, type SmartData } from './model';
import { ObjectiveSentence } from './ObjectiveSentence';

type DevelopmentSectionProps = {
  control: Control<SmartData>;
  register: UseFormRegister<SmartData>;
  objectives: ReadonlyArray<FieldArrayWithId<SmartData, 'objectives', 'fieldKey'>>;
  /** Required for the professional development plan (L3S3 2.2); optional for the motivation plan. */
  isRequired: boolean;
};

/** How the learner will meet each objective: the development plan's parts, objective by objective. */
export function DevelopmentSection({ control, register, objectives, isRequired }: DevelopmentSectionProps) {
  return (
    <section aria-labelledby="development-heading" className="panel">
      <h2 id="development-heading">Opportunities, methods and support{isRequired ? ' (AC 2.2)' : ' (optional)'}</h2>
      <p>
        {isRequired
          ? 'For each objective, say what development opportunity you will use, how you will learn, who and what will support you, and how you will know it is achieved.'
          : 'Optional for a motivation plan: saying how you will meet each objective, and who will help, makes the plan easier to carry out.'}
      </p>
      {objectives.length === 0 && <p>No objectives yet: write them in “Your SMART objectives” first.</p>}
      {objectives.map((field, index) => {
        const path = `objectives.${index}.development` as const;
        return (
          <fieldset key={field.fieldKey} className="smart-letter">
            <legend>Development plan for objective {index + 1}</legend>
            <ObjectiveSentence control={control} index={index} />
            <div className="smart-letter__grid smart-development__grid">
              <TextArea label="Development opportunity" hint="e.g. coaching, shadowing, mentoring, a course, a project." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.opportunity`)} />
              <TextArea label="Learning and development methods" hint="e.g. e-learning, webinars, self-study, on-the-job practice." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.methods`)} />
              <TextArea label="Support and resources" hint="Who helps, and what you need." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.support`)} />
              <TextArea label="Measure of success" hint="How you and your manager will know it is achieved." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.successMeasure`)} />
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
