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

/** How long typing must pause before the change is checked and saved (it is also saved on leaving the field). */
const SAVE_PAUSE_MS = 400;

/**
 * The pipeline calculator. Memoised, and the results read the saved data through a live store,
 * so typing in a long prospect list re-renders only the field typed in.
 */
export const PipelinePage = memo(function PipelinePage({ initialData, onChange }: WorksheetPageProps<PipelineData>) {
  const { register, control, watch, getValues, setValue } = useForm<PipelineData>({ defaultValues: initialData });
  const liveRef = useRef(createLiveData(initialData));
  const live = liveRef.current;
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  const flushRef = useRef(() => {});

  // Autosave: every change that fits the schema goes to storage; one that does not is kept on
  // screen and explained, never dropped silently. Checking and saving a long prospect list on
  // every key would make typing lag, so a burst of typing is saved once it pauses, and at once
  // when the learner leaves the field (any click or tab elsewhere, including Export) or the page.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const parsed = PipelineSchema.safeParse(getValues());
      setSaveProblem(parsed.success ? null : describeZodError(parsed.error));
      if (parsed.success) {
        live.set(parsed.data);
        onChange(parsed.data);
      }
    };
    const flush = () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
    flushRef.current = flush;
    const subscription = watch(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(save, SAVE_PAUSE_MS);
    });
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      // No save here: the page also unmounts when another tab's newer version replaces it, and
      // that must not be overwritten. Leaving a field or the page has already saved.
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [watch, getValues, onChange, live]);

  return (
    <form className="worksheet pipeline" onSubmit={(e) => e.preventDefault()} onBlur={() => flushRef.current()} noValidate>
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
