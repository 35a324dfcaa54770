import { useFieldArray, useWatch, type Control, type FieldArrayWithId, type UseFormRegister } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { TextField } from '../../ui/fields';
import { CONTEXT_CONFIG } from './guidance';
import { hasText, LIST_LIMITS, newReview, ReviewSchema, type ContextId, type SmartData } from './model';
import { ObjectiveSentence } from './ObjectiveSentence';
import { ProgressSection } from './ProgressSection';
import { ReviewFields } from './ReviewFields';

type FormProps = { control: Control<SmartData>; register: UseFormRegister<SmartData> };

type ObjectiveReviewsProps = FormProps & { index: number; today: string };

/** One objective's reviews: its sentence, so the learner knows which it is, each review, and a way to add one. */
function ObjectiveReviews({ control, register, index, today }: ObjectiveReviewsProps) {
  const reviews = useFieldArray({ control, name: `objectives.${index}.reviews`, keyName: 'fieldKey' });
  const values = useWatch({ control, name: `objectives.${index}.reviews` });
  const title = `objective ${index + 1}`;
  return (
    <section className="smart-objective-reviews" aria-labelledby={`reviews-${index}-heading`}>
      <h3 id={`reviews-${index}-heading`}>Reviews of {title}</h3>
      <ObjectiveSentence control={control} index={index} />
      {reviews.fields.map((field, reviewIndex) => (
        <ReviewFields
          key={field.fieldKey}
          control={control}
          register={register}
          objectiveIndex={index}
          reviewIndex={reviewIndex}
          reviewId={field.id}
          onRemove={() => {
            const review = ReviewSchema.safeParse(values?.[reviewIndex]);
            const hasWords = review.success && [review.data.value, review.data.progress, review.data.evidence, review.data.nextStep].some(hasText);
            if (!hasWords || window.confirm('Remove this review and everything written in it?')) reviews.remove(reviewIndex);
          }}
        />
      ))}
      {reviews.fields.length < LIST_LIMITS.reviews ? (
        <button type="button" className="button" onClick={() => reviews.append(newReview(newId(), today))}>
          Add a review to {title}
        </button>
      ) : (
        <p>This objective has {LIST_LIMITS.reviews} reviews, the most it holds.</p>
      )}
    </section>
  );
}

type ReviewsSectionProps = FormProps & {
  objectives: ReadonlyArray<FieldArrayWithId<SmartData, 'objectives', 'fieldKey'>>;
  context: ContextId;
  today: string;
};

/** Dated reviews of every objective, then the chart of progress they make. */
export function ReviewsSection({ control, register, objectives, context, today }: ReviewsSectionProps) {
  const config = CONTEXT_CONFIG[context];
  return (
    <>
      <section aria-labelledby="reviews-heading" className="panel">
        <h2 id="reviews-heading">Progress reviews</h2>
        <p>
          {config.reviewRule === 'weekly'
            ? 'Review each objective at least weekly for eight weeks: date, where the measure stands, progress, evidence and the next step.'
            : 'Record each review of each objective: date, where the measure stands, progress, evidence and the next step.'}
        </p>
        {config.showDevelopmentParts && (
          <TextField label="Date the plan started" hint="Reviews are counted from this date." type="date" {...register('planStart')} />
        )}
        {objectives.length === 0 ? (
          <p>No objectives yet: write them in “Your SMART objectives”, then review them here.</p>
        ) : (
          objectives.map((field, index) => (
            <ObjectiveReviews key={field.fieldKey} control={control} register={register} index={index} today={today} />
          ))
        )}
      </section>
      <ProgressSection control={control} context={context} today={today} />
    </>
  );
}
