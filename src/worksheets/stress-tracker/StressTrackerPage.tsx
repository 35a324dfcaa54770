import { useMemo } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { formatDate, todayIso } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { compareFirstAndLastWeeks, compareMeasurements, earliestRetake, weekChangeSentence, instrumentName, measurementProblems } from './calculations';
import { CheckInSection } from './CheckInSection';
import {
  CONTINUUM_PROMPT,
  EXAMPLE_PROMPT,
  INDIVIDUAL_IMPACT_PROMPTS,
  ORGANISATION_IMPACT_PROMPTS,
  PERSONAL_STRESSOR_PROMPTS,
  PLAN_PROMPT,
  PRESSURE_PROMPT,
  PRIVACY_NOTE,
  REVIEW_PROMPT,
  SUPPORT_PROMPTS,
  TECHNIQUE_PROMPTS,
  WORKPLACE_STRESSOR_PROMPTS,
  ZONE_DESCRIPTIONS,
} from './guidance';
import { MeasurementFields } from './MeasurementFields';
import {
  emptyMeasurement,
  hasText,
  newExample,
  newSupport,
  newTechnique,
  StressSchema,
  TEXT_LIMITS,
  ZONES,
  type StressData,
} from './model';
import { SELF_CHECK_INTRO } from './self-check';
import { TextItemList } from './TextItemList';
import './stress-tracker.css';

type FormProps = { control: Control<StressData>; register: UseFormRegister<StressData>; getValues: UseFormGetValues<StressData> };

const thinkAbout = (prompts: string[]) => `Think about: ${prompts.join('; ')}.`;

const confirmRemove = (values: string[]) => values.every((v) => !v.trim()) || window.confirm('Remove this and everything written in it?');

export function StressTrackerPage({ documentId, initialData, onChange }: WorksheetPageProps<StressData>) {
  const { register, control, watch, getValues, setValue } = useForm<StressData>({
    defaultValues: initialData,
    resolver: zodResolver(StressSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, StressSchema, onChange);

  return (
    <form className="worksheet stress-tracker" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      <p className="notice notice--info">
        {PRIVACY_NOTE} <a href="#check-ins-heading">Go to today’s check-in</a>.
      </p>

      <section aria-labelledby="pressure-heading" className="panel">
        <h2 id="pressure-heading">1. Pressure and stress (AC 1.1)</h2>
        <TextArea label="The difference between pressure and stress" hint={PRESSURE_PROMPT} rows={5} maxLength={TEXT_LIMITS.answer} {...register('pressureVsStress')} />
        <ExampleFields control={control} register={register} getValues={getValues} />
        <h3>The stress continuum</h3>
        <ul className="zone-list">
          {ZONES.map((z) => (
            <li key={z}>{ZONE_DESCRIPTIONS[z]}</li>
          ))}
        </ul>
        <TextArea label="How you would recognise each stage" hint={CONTINUUM_PROMPT} rows={4} maxLength={TEXT_LIMITS.answer} {...register('continuumNotes')} />
      </section>

      <section aria-labelledby="stressors-heading" className="panel">
        <h2 id="stressors-heading">2. Workplace and personal life stressors (AC 1.2)</h2>
        <p>Summarise at least three of each: what the stressor is and how it causes stress.</p>
        <h3>Workplace stressors</h3>
        <TextItemList control={control} register={register} getValues={getValues} name="workplaceStressors" itemLabel="Workplace stressor" hint={thinkAbout(WORKPLACE_STRESSOR_PROMPTS)} />
        <h3>Personal life stressors</h3>
        <TextItemList control={control} register={register} getValues={getValues} name="personalStressors" itemLabel="Personal life stressor" hint={thinkAbout(PERSONAL_STRESSOR_PROMPTS)} />
      </section>

      <section aria-labelledby="impacts-heading" className="panel">
        <h2 id="impacts-heading">3. How workplace stress impacts organisations and individuals (AC 1.3)</h2>
        <p>Describe at least one impact on organisations and at least two on individuals.</p>
        <h3>Impacts on organisations</h3>
        <TextItemList control={control} register={register} getValues={getValues} name="organisationImpacts" itemLabel="Impact on organisations" hint={thinkAbout(ORGANISATION_IMPACT_PROMPTS)} />
        <h3>Impacts on individuals</h3>
        <TextItemList control={control} register={register} getValues={getValues} name="individualImpacts" itemLabel="Impact on individuals" hint={thinkAbout(INDIVIDUAL_IMPACT_PROMPTS)} />
      </section>

      <section aria-labelledby="techniques-heading" className="panel">
        <h2 id="techniques-heading">4. Simple stress management techniques (AC 1.4)</h2>
        <p>Outline at least three: what you do, how long it takes, and how it helps.</p>
        <p className="field__hint">{thinkAbout(TECHNIQUE_PROMPTS)}</p>
        <TechniqueFields control={control} register={register} getValues={getValues} />
      </section>

      <PlanSection control={control} register={register} />

      <MeasurementSections control={control} register={register} getValues={getValues} setValue={setValue} />

      <CheckInsPanel documentId={documentId} control={control} getValues={getValues} setValue={setValue} />

      <ReviewSection control={control} register={register} getValues={getValues} />

      <section aria-labelledby="support-heading" className="panel">
        <h2 id="support-heading">10. Sources of support (AC 2.4)</h2>
        <p>State at least three sources of support for managing personal stress, and how each can help.</p>
        <p className="field__hint">{thinkAbout(SUPPORT_PROMPTS)}</p>
        <SupportFields control={control} register={register} getValues={getValues} />
      </section>

      <section aria-labelledby="privacy-heading" className="panel">
        <h2 id="privacy-heading">11. Your PDF and your privacy</h2>
        <p>{PRIVACY_NOTE}</p>
        <div className="checkbox">
          <input id="include-notes" type="checkbox" {...register('includeNotesInPdf')} />
          <label htmlFor="include-notes">Include my daily notes in the PDF</label>
        </div>
        <p className="field__hint">Your ratings, zones and technique use always go in; your notes only if you tick this.</p>
      </section>
    </form>
  );
}

function ExampleFields({ control, register, getValues }: FormProps) {
  const examples = useFieldArray({ control, name: 'workplaceExamples', keyName: 'fieldKey' });
  return (
    <>
      <h3>Workplace examples</h3>
      <p className="field__hint">{EXAMPLE_PROMPT}</p>
      {examples.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Workplace example {index + 1}</legend>
          <TextField label="The situation at work" maxLength={TEXT_LIMITS.item} {...register(`workplaceExamples.${index}.situation`)} />
          <div className="form-grid">
            <TextArea label="When it is healthy pressure" rows={3} maxLength={TEXT_LIMITS.item} {...register(`workplaceExamples.${index}.asPressure`)} />
            <TextArea label="When it becomes stress" rows={3} maxLength={TEXT_LIMITS.item} {...register(`workplaceExamples.${index}.asStress`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const e = getValues(`workplaceExamples.${index}`);
              if (confirmRemove([e.situation, e.asPressure, e.asStress])) examples.remove(index);
            }}
          >
            Remove workplace example {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => examples.append(newExample())}>
        Add a workplace example
      </button>
    </>
  );
}

function TechniqueFields({ control, register, getValues }: FormProps) {
  const techniques = useFieldArray({ control, name: 'techniques', keyName: 'fieldKey' });
  return (
    <>
      {techniques.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Technique {index + 1}</legend>
          <TextField label="Name of the technique" maxLength={TEXT_LIMITS.short} {...register(`techniques.${index}.name`)} />
          <TextArea label="Outline: what you do and how it helps" rows={3} maxLength={TEXT_LIMITS.item} {...register(`techniques.${index}.outline`)} />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const t = getValues(`techniques.${index}`);
              if (confirmRemove([t.name, t.outline])) techniques.remove(index);
            }}
          >
            Remove technique {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => techniques.append(newTechnique())}>
        Add a technique
      </button>
    </>
  );
}

function SupportFields({ control, register, getValues }: FormProps) {
  const support = useFieldArray({ control, name: 'support', keyName: 'fieldKey' });
  return (
    <>
      {support.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Source of support {index + 1}</legend>
          <div className="form-grid">
            <TextField label="Who or what" maxLength={TEXT_LIMITS.short} {...register(`support.${index}.name`)} />
            <TextField label="How it can help, and how to reach it" maxLength={TEXT_LIMITS.item} {...register(`support.${index}.howItHelps`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const s = getValues(`support.${index}`);
              if (confirmRemove([s.name, s.howItHelps])) support.remove(index);
            }}
          >
            Remove source of support {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => support.append(newSupport())}>
        Add a source of support
      </button>
    </>
  );
}

/** Re-renders on its own as techniques are named, so the choice always lists the current ones. */
function PlanSection({ control, register }: { control: Control<StressData>; register: UseFormRegister<StressData> }) {
  const techniques = useWatch({ control, name: 'techniques' });
  const chosenId = useWatch({ control, name: 'plan.chosenTechniqueId' });
  const named = (techniques ?? []).filter((t) => t?.id && hasText(t.name ?? ''));
  const isChosenMissing = chosenId !== '' && !named.some((t) => t.id === chosenId);
  return (
    <section aria-labelledby="plan-heading" className="panel">
      <h2 id="plan-heading">5. Your chosen technique and plan (AC 2.1)</h2>
      <div className="form-grid">
        <SelectField
          label="The technique you will use"
          hint="Choose one of the techniques you outlined above."
          error={isChosenMissing ? 'The technique you chose is no longer in your list: choose again.' : undefined}
          options={[{ value: '', label: named.length ? 'Choose a technique' : 'Name a technique above first' }, ...named.map((t) => ({ value: t.id, label: t.name.trim() }))]}
          {...register('plan.chosenTechniqueId')}
        />
        <TextField label="Start date" type="date" hint="The first day you will use it, after your baseline." {...register('plan.startDate')} />
        <TextArea label="Why you chose it" rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('plan.whyChosen')} />
        <TextArea label="Your plan: how, when and how often" hint={PLAN_PROMPT} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('plan.howAndWhen')} />
      </div>
    </section>
  );
}

type MeasurementProps = {
  control: Control<StressData>;
  register: UseFormRegister<StressData>;
  getValues: UseFormGetValues<StressData>;
  setValue: UseFormSetValue<StressData>;
};

/**
 * The tracker with live values for the fields the measurements, check-ins and chart depend on, so
 * typing in the knowledge sections does not redraw the calendar and chart on every key.
 */
function useWatchedTracking(control: Control<StressData>, getValues: UseFormGetValues<StressData>): StressData {
  const [instrument, baseline, retake, checkIns, plan, techniques] = useWatch({
    control,
    name: ['instrument', 'baseline', 'retake', 'checkIns', 'plan', 'techniques'],
  });
  return useMemo(
    () => ({ ...getValues(), instrument, baseline, retake, checkIns, plan, techniques }),
    [getValues, instrument, baseline, retake, checkIns, plan, techniques],
  );
}

/** The questionnaire (chosen once), the baseline, and the retake on the same questionnaire. */
function MeasurementSections({ control, register, getValues, setValue }: MeasurementProps) {
  const values = useWatchedTracking(control, getValues);
  const today = todayIso();
  const problems = measurementProblems(values, today);
  const { instrument, baseline, retake } = values;
  // Once a score is recorded the kind of questionnaire is fixed, so the retake cannot use another.
  const isLocked = instrument.kind !== '' && [baseline, retake].some((m) => m.answers.some((a) => a !== null) || hasText(m.score));
  const comparison = compareMeasurements(values);

  const changeInstrument = () => {
    if (!window.confirm('Changing the questionnaire clears your baseline and retake answers and scores (their dates are kept), because the retake must use the same questionnaire as the baseline. Change it?')) return;
    const opts = { shouldDirty: true } as const;
    setValue('baseline', { ...emptyMeasurement(), date: baseline.date }, opts);
    setValue('retake', { ...emptyMeasurement(), date: retake.date }, opts);
    setValue('instrument.kind', '', opts);
  };

  return (
    <>
      <section aria-labelledby="baseline-heading" className="panel">
        <h2 id="baseline-heading">6. Your baseline stress level (AC 2.2)</h2>
        <p>
          Before you start, measure your stress level. Use the short self-check below, or an online stress questionnaire (give its
          name, score and maximum). Your retake must use the same one, so you can compare like with like.
        </p>
        {isLocked ? (
          <div className="instrument-locked">
            <p>
              <strong>Questionnaire:</strong> {instrumentName(instrument)}
              {instrument.kind === 'online' && instrument.max ? `, scored out of ${instrument.max}` : ''}
              {instrument.kind === 'online' ? ` (a higher score means ${instrument.higherMeans === 'more-stress' ? 'more' : 'less'} stress)` : ''}.
              Your baseline and retake both use it.
            </p>
            <button type="button" className="button button--quiet" onClick={changeInstrument}>
              Change the questionnaire (clears the scores)
            </button>
          </div>
        ) : (
          <SelectField
            label="Questionnaire"
            className="field--wide"
            options={[
              { value: '', label: 'Choose a questionnaire' },
              { value: 'built-in', label: 'The built-in self-check (8 statements)' },
              { value: 'online', label: 'An online questionnaire' },
            ]}
            {...register('instrument.kind')}
          />
        )}
        {/* The one questionnaire's details: correcting them corrects baseline and retake together, so they always match. */}
        {instrument.kind === 'online' && (
          <div className="form-grid">
            <TextField label="Questionnaire name" error={problems['instrument.name']} maxLength={TEXT_LIMITS.short} {...register('instrument.name')} />
            <TextField label="Where you took it (website)" maxLength={TEXT_LIMITS.short} {...register('instrument.link')} />
            <TextField label="Highest possible score" inputMode="decimal" error={problems['instrument.max']} maxLength={TEXT_LIMITS.number} {...register('instrument.max')} />
            <SelectField
              label="A higher score means"
              options={[
                { value: 'more-stress', label: 'More stress' },
                { value: 'less-stress', label: 'Less stress (better wellbeing)' },
              ]}
              {...register('instrument.higherMeans')}
            />
          </div>
        )}
        {instrument.kind === 'built-in' && <p className="self-check__intro">{SELF_CHECK_INTRO}</p>}
        {instrument.kind && <MeasurementFields which="baseline" instrument={instrument} measurement={baseline} register={register} problems={problems} today={today} />}
      </section>

      <section aria-labelledby="retake-heading" className="panel">
        <h2 id="retake-heading">8. Retake the same questionnaire (AC 2.3)</h2>
        {!instrument.kind ? (
          <p>Choose your questionnaire and take your baseline first.</p>
        ) : (
          <>
            <p>
              After at least one month of using your technique, take{' '}
              <strong>{instrument.kind === 'built-in' ? 'the built-in self-check' : instrumentName(instrument)}</strong> again
              {baseline.date && /^\d{4}-\d{2}-\d{2}$/.test(baseline.date) ? `, on or after ${formatDate(earliestRetake(baseline.date))}` : ''}.
            </p>
            <MeasurementFields which="retake" instrument={instrument} measurement={retake} register={register} problems={problems} today={today} />
            {comparison && (
              <p className="comparison">
                <strong>Before and after:</strong> {comparison.sentence} That is a change of {formatPercent(Math.abs(comparison.changePercentOfMax) / 100, { decimals: 1 })} of
                the questionnaire’s range.
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}

/** Kept separate so typing elsewhere never re-renders the calendar and chart needlessly. */
function CheckInsPanel({ documentId, control, getValues, setValue }: Omit<MeasurementProps, 'register'> & { documentId: string }) {
  const values = useWatchedTracking(control, getValues);
  return (
    <section aria-labelledby="check-ins-heading" className="panel">
      <h2 id="check-ins-heading">7. Daily check-ins: using your technique (AC 2.2)</h2>
      <p>
        Once a day, for at least a month, rate your stress, note your zone on the stress continuum and whether you used your technique.
        It takes under a minute.
      </p>
      <CheckInSection
        documentId={documentId}
        data={values}
        today={todayIso()}
        onCheckInsChange={(checkIns) => setValue('checkIns', checkIns, { shouldDirty: true })}
      />
    </section>
  );
}

function ReviewSection({ control, register, getValues }: FormProps) {
  const values = useWatchedTracking(control, getValues);
  const comparison = compareMeasurements(values);
  return (
    <section aria-labelledby="review-heading" className="panel">
      <h2 id="review-heading">9. Review: how effective was it? (AC 2.3)</h2>
      <p className="comparison">
        {comparison ? comparison.sentence : 'Your before-and-after comparison appears here once the baseline and retake are both recorded.'}
      </p>
      <p>{weekChangeSentence(compareFirstAndLastWeeks(values, todayIso()))}</p>
      <TextArea label="How effective the technique was for you" hint={REVIEW_PROMPT} rows={6} maxLength={TEXT_LIMITS.answer} {...register('review.effectiveness')} />
      <TextArea label="What you will do next" rows={3} maxLength={TEXT_LIMITS.answer} {...register('review.nextSteps')} />
    </section>
  );
}
