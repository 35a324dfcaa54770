import { memo, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { describeZodError } from '../../lib/versioned';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { ContextSection } from './ContextSection';
import { CriteriaSection } from './CriteriaSection';
import { createLiveData } from './live-data';
import { PipelineSchema, type PipelineData } from './model';
import { PlannerSection } from './PlannerSection';
import { PrioritySection } from './PrioritySection';
import { ProspectsSection } from './ProspectsSection';
import { RatiosSection } from './RatiosSection';
import { ReviewsSection } from './ReviewsSection';
import { StagesSection } from './StagesSection';
import './pipeline.css';

/**
 * The pipeline calculator. Memoised, and the results read the saved data through a live store,
 * so typing in a long prospect list re-renders only the field typed in.
 */
export const PipelinePage = memo(function PipelinePage({ initialData, onChange }: WorksheetPageProps<PipelineData>) {
  const { register, control, watch, getValues, setValue } = useForm<PipelineData>({ defaultValues: initialData });
  const liveRef = useRef(createLiveData(initialData));
  const live = liveRef.current;
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  // Autosave: every change that fits the schema goes straight to storage; one that does not is
  // kept on screen and explained, never dropped silently.
  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = PipelineSchema.safeParse(values);
      setSaveProblem(parsed.success ? null : describeZodError(parsed.error));
      if (parsed.success) {
        live.set(parsed.data);
        onChange(parsed.data);
      }
    });
    return () => subscription.unsubscribe();
  }, [watch, onChange, live]);

  return (
    <form className="worksheet pipeline" onSubmit={(e) => e.preventDefault()} noValidate>
      {saveProblem && (
        <div className="notice notice--error" role="alert">
          <p>Your latest change is on screen but not saved yet. {saveProblem} Please correct it and it will save.</p>
        </div>
      )}
      <ContextSection register={register} control={control} />
      <StagesSection register={register} control={control} getValues={getValues} />
      <RatiosSection register={register} live={live} />
      <PlannerSection register={register} control={control} live={live} />
      <CriteriaSection register={register} control={control} getValues={getValues} />
      <ProspectsSection register={register} control={control} getValues={getValues} setValue={setValue} />
      <PrioritySection live={live} />
      <ReviewsSection register={register} control={control} getValues={getValues} live={live} />
    </form>
  );
});
