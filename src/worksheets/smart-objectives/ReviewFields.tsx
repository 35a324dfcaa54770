import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import { hasText, ObjectiveSchema, TEXT_LIMITS, type Review, type SmartData } from './model';
import { formatDate, isIsoDate } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { progressPercent } from './calculations';
import { FoldBody, FoldButton, useFold } from '../../ui/Fold';

type Props = {
  control: Control<SmartData>;
  register: UseFormRegister<SmartData>;
  objectiveIndex: number;
  reviewIndex: number;
  /** The review's id in the data, which its fold is remembered by. */
  reviewId: string;
  onRemove(): void;
};

const isComplete = (review: Review | undefined) =>
  review !== undefined && isIsoDate(review.date) && [review.value, review.progress, review.evidence, review.nextStep].every(hasText);

function progressInWords(percent: number | null, value: string): string {
  if (percent === null) return hasText(value) ? 'This is not a number the progress can be worked out from: write it in digits.' : 'Enter the measure to see how far you have come.';
  return percent >= 100 ? `Target reached (${formatPercent(percent / 100, { decimals: 2 })} of the way).` : `${formatPercent(percent / 100, { decimals: 2 })} of the way from baseline to target.`;
}

/** A folded review in one short line, e.g. "11 October 2026: measure 2, 50 % of the way." */
function foldedLine(review: Review, percent: number | null): string {
  const date = isIsoDate(review.date) ? formatDate(review.date) : 'No date';
  if (!hasText(review.value)) return `${date}: no measure yet.`;
  if (percent === null) return `${date}: measure ${review.value.trim()}.`;
  return `${date}: measure ${review.value.trim()}, ${percent >= 100 ? 'target reached' : `${formatPercent(percent / 100, { decimals: 2 })} of the way`}.`;
}

/** One dated review of one objective, with how far the measure has moved towards the target. */
export function ReviewFields({ control, register, objectiveIndex, reviewIndex, reviewId, onRemove }: Props) {
  const path = `objectives.${objectiveIndex}.reviews.${reviewIndex}` as const;
  const objectiveValues = useWatch({ control, name: `objectives.${objectiveIndex}` });
  const parsed = ObjectiveSchema.safeParse(objectiveValues);
  const review = parsed.success ? parsed.data.reviews[reviewIndex] : undefined;
  const percent = parsed.success && review ? progressPercent(parsed.data, review.value) : null;
  const fold = useFold(reviewId, isComplete(review));
  const title = `Objective ${objectiveIndex + 1}, review ${reviewIndex + 1}`;
  const measure = parsed.success ? parsed.data.measurable : null;
  const progress = progressInWords(percent, review?.value ?? '');
  return (
    <fieldset className={fold.isOpen ? 'smart-review' : 'smart-review fold--folded'}>
      <legend>{title}</legend>
      <div className="fold__line">
        {!fold.isOpen && review && <p>{foldedLine(review, percent)}</p>}
        <FoldButton fold={fold} name={title.toLowerCase()} isNameHidden />
      </div>
      <FoldBody fold={fold}>
        <div className="smart-letter__grid">
          <TextField label="Review date" type="date" {...register(`${path}.date`)} />
          <TextField
            label="Measure now"
            hint={measure && (measure.baseline.trim() || measure.target.trim()) ? `Baseline ${measure.baseline.trim() || '?'}, target ${measure.target.trim() || '?'}.` : 'Where the measure stands today.'}
            maxLength={TEXT_LIMITS.number}
            {...register(`${path}.value`)}
          />
        </div>
        <p className="smart-review__percent">{progress}</p>
        <div className="smart-letter__grid">
          <TextArea label="Progress made" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.progress`)} />
          <TextArea label="Evidence" hint="e.g. CRM report, feedback from your manager, a certificate." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.evidence`)} />
          <TextArea label="Next step" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.nextStep`)} />
        </div>
        <button type="button" className="button button--quiet" onClick={onRemove}>
          Remove {title.toLowerCase()}
        </button>
      </FoldBody>
    </fieldset>
  );
}
