import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import { ObjectiveSchema, TEXT_LIMITS, type SmartData } from './model';
import { formatPercent } from '../../lib/numbers';
import { progressPercent } from './calculations';

type Props = {
  control: Control<SmartData>;
  register: UseFormRegister<SmartData>;
  objectiveIndex: number;
  reviewIndex: number;
  onRemove(): void;
};

/** One dated review of one objective, with how far the measure has moved towards the target. */
export function ReviewFields({ control, register, objectiveIndex, reviewIndex, onRemove }: Props) {
  const path = `objectives.${objectiveIndex}.reviews.${reviewIndex}` as const;
  const objectiveValues = useWatch({ control, name: `objectives.${objectiveIndex}` });
  const parsed = ObjectiveSchema.safeParse(objectiveValues);
  const review = parsed.success ? parsed.data.reviews[reviewIndex] : undefined;
  const percent = parsed.success && review ? progressPercent(parsed.data, review.value) : null;
  const title = `Objective ${objectiveIndex + 1}, review ${reviewIndex + 1}`;
  const measure = parsed.success ? parsed.data.measurable : null;
  return (
    <fieldset className="smart-review">
      <legend>{title}</legend>
      <div className="smart-letter__grid">
        <TextField label="Review date" type="date" {...register(`${path}.date`)} />
        <TextField
          label="Measure now"
          hint={measure && (measure.baseline.trim() || measure.target.trim()) ? `Baseline ${measure.baseline.trim() || '?'}, target ${measure.target.trim() || '?'}.` : 'Where the measure stands today.'}
          maxLength={TEXT_LIMITS.number}
          {...register(`${path}.value`)}
        />
      </div>
      <p className="smart-review__percent">
        {percent === null
          ? review?.value.trim()
            ? 'This is not a number the progress can be worked out from: write it in digits.'
            : 'Enter the measure to see how far you have come.'
          : percent >= 100
            ? `Target reached (${formatPercent(percent / 100, { decimals: 2 })} of the way).`
            : `${formatPercent(percent / 100, { decimals: 2 })} of the way from baseline to target.`}
      </p>
      <div className="smart-letter__grid">
        <TextArea label="Progress made" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.progress`)} />
        <TextArea label="Evidence" hint="e.g. CRM report, feedback from your manager, a certificate." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.evidence`)} />
        <TextArea label="Next step" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.nextStep`)} />
      </div>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}
