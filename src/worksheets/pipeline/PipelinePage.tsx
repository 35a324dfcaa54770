import { useCallback, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
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
 * The pipeline calculator. The results read the saved data through a live store, so typing in a
 * long prospect list re-renders only the field typed in.
 */
export function PipelinePage({ initialData, onChange }: WorksheetPageProps<PipelineData>) {
  const { register, control, watch, getValues, setValue } = useForm<PipelineData>({ defaultValues: initialData });
  const liveRef = useRef(createLiveData(initialData));
  const live = liveRef.current;
  // Checking and saving a long prospect list on every key would make typing lag, so a burst of
  // typing is saved once it pauses, and at once when the learner leaves a field or the page. The
  // results read the saved data through the live store, updated with each save.
  const save = useCallback(
    (data: PipelineData) => {
      live.set(data);
      onChange(data);
    },
    [live, onChange],
  );
  const { saveProblem, flush } = useAutosave(watch, PipelineSchema, save, { pauseMs: SAVE_PAUSE_MS, getValues });

  return (
    <form className="worksheet pipeline" onSubmit={(e) => e.preventDefault()} onBlur={flush} noValidate>
      <SaveProblemNotice problem={saveProblem} />
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
}
