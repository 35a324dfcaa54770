import { useCallback, useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, usePausedAutosave } from '../../ui/autosave';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { BottleneckSection } from './BottleneckSection';
import { ContextSection } from './ContextSection';
import { CriteriaSection } from './CriteriaSection';
import { createLiveData } from './live-data';
import { PipelineSchema, type PipelineData } from './model';
import { PlannerSection } from './PlannerSection';
import { PrioritySection } from './PrioritySection';
import { ProspectsSection } from './ProspectsSection';
import { RatiosSection } from './RatiosSection';
import { newReviewDraft, ReviewsSection } from './ReviewsSection';
import { ScoresSection } from './ScoresSection';
import { StagesSection } from './StagesSection';
import './pipeline.css';

/** How long typing must pause before the change is checked and saved (it is also saved on leaving the field). */
const SAVE_PAUSE_MS = 400;

/**
 * The pipeline calculator, one section at a time (all of them on the review page). The form stays
 * mounted while the learner moves between sections, so fields not shown keep their values. The
 * results read the saved data through a live store, so typing in a long prospect list re-renders
 * only the field typed in.
 */
export function PipelinePage({ initialData, onChange, section }: WorksheetPageProps<PipelineData>) {
  const { register, control, getValues, setValue } = useForm<PipelineData>({ defaultValues: initialData });
  // Here rather than in a section: prospects are added in one section and scored and planned in
  // others, and the review page shows all of them, which must share one list.
  const prospects = useFieldArray({ control, name: 'prospects', keyName: 'fieldKey' });
  const liveRef = useRef(createLiveData(initialData));
  const live = liveRef.current;
  // A review typed but not yet recorded is not form data; it is kept here so it outlives its section.
  const reviewDraftRef = useRef(createLiveData(newReviewDraft()));
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
  const { saveProblem, formEvents } = usePausedAutosave(PipelineSchema, save, { pauseMs: SAVE_PAUSE_MS, getValues });

  return (
    <form className="worksheet pipeline" onSubmit={(e) => e.preventDefault()} {...formEvents} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'counts') && (
        <>
          <ContextSection register={register} control={control} />
          <StagesSection register={register} control={control} getValues={getValues} />
        </>
      )}
      {shows(section, 'ratios') && (
        <>
          <RatiosSection register={register} control={control} getValues={getValues} live={live} />
          <BottleneckSection register={register} live={live} />
        </>
      )}
      {shows(section, 'target') && <PlannerSection register={register} control={control} live={live} />}
      {shows(section, 'criteria') && <CriteriaSection register={register} control={control} getValues={getValues} />}
      {shows(section, 'prospects') && (
        <ProspectsSection register={register} control={control} getValues={getValues} setValue={setValue} prospects={prospects} />
      )}
      {shows(section, 'scores') && <ScoresSection register={register} control={control} prospects={prospects} />}
      {shows(section, 'priorities') && <PrioritySection register={register} control={control} prospects={prospects} live={live} />}
      {shows(section, 'reviews') && (
        <ReviewsSection register={register} control={control} getValues={getValues} live={live} draft={reviewDraftRef.current} />
      )}
    </form>
  );
}
