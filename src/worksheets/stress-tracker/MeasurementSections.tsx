import type { Control, UseFormGetValues, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { formatDate, isIsoDate, todayIso } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { compareFirstAndLastWeeks, compareMeasurements, earliestRetake, instrumentName, measurementProblems, weekChangeSentence } from './calculations';
import { REVIEW_PROMPT } from './guidance';
import { MeasurementFields } from './MeasurementFields';
import { emptyMeasurement, hasText, TEXT_LIMITS, type StressData } from './model';
import { SELF_CHECK_INTRO } from './self-check';
import { useWatchedTracking } from './watched-tracking';

type Props = {
  control: Control<StressData>;
  register: UseFormRegister<StressData>;
  getValues: UseFormGetValues<StressData>;
};

/** The questionnaire (chosen once, for baseline and retake alike) and the baseline taken with it. */
export function BaselineSection({ control, register, getValues, setValue }: Props & { setValue: UseFormSetValue<StressData> }) {
  const values = useWatchedTracking(control, getValues);
  const today = todayIso();
  const problems = measurementProblems(values, today);
  const { instrument, baseline, retake } = values;
  // Once a score is recorded the kind of questionnaire is fixed, so the retake cannot use another.
  const isLocked = instrument.kind !== '' && [baseline, retake].some((m) => m.answers.some((a) => a !== null) || hasText(m.score));

  const changeInstrument = () => {
    if (!window.confirm('Changing the questionnaire clears your baseline and retake answers and scores (their dates are kept), because the retake must use the same questionnaire as the baseline. Change it?')) return;
    const opts = { shouldDirty: true } as const;
    setValue('baseline', { ...emptyMeasurement(), date: baseline.date }, opts);
    setValue('retake', { ...emptyMeasurement(), date: retake.date }, opts);
    setValue('instrument.kind', '', opts);
  };

  return (
    <section aria-labelledby="baseline-heading" className="panel">
      <h2 id="baseline-heading">Your baseline stress level (AC 2.2)</h2>
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
  );
}

/** The retake, on the questionnaire the baseline used; the comparison is in the review that follows it. */
export function RetakeSection({ control, register, getValues }: Props) {
  const values = useWatchedTracking(control, getValues);
  const today = todayIso();
  const problems = measurementProblems(values, today);
  const { instrument, baseline, retake } = values;
  return (
    <section aria-labelledby="retake-heading" className="panel">
      <h2 id="retake-heading">Retake the same questionnaire (AC 2.3)</h2>
      {!instrument.kind ? (
        <p>Choose your questionnaire and take your baseline first.</p>
      ) : (
        <>
          <p>
            After at least one month of using your technique, take{' '}
            <strong>{instrument.kind === 'built-in' ? 'the built-in self-check' : instrumentName(instrument)}</strong> again
            {isIsoDate(baseline.date) ? `, on or after ${formatDate(earliestRetake(baseline.date))}` : ''}.
          </p>
          <MeasurementFields which="retake" instrument={instrument} measurement={retake} register={register} problems={problems} today={today} />
        </>
      )}
    </section>
  );
}

/** Before and after, first and last weeks, and the learner's own judgement of the technique. */
export function ReviewSection({ control, register, getValues }: Props) {
  const values = useWatchedTracking(control, getValues);
  const comparison = compareMeasurements(values);
  return (
    <section aria-labelledby="review-heading" className="panel">
      <h2 id="review-heading">Review: how effective was it? (AC 2.3)</h2>
      <p className="comparison">
        {comparison ? (
          <>
            <strong>Before and after:</strong> {comparison.sentence} That is a change of {formatPercent(Math.abs(comparison.changePercentOfMax) / 100, { decimals: 1 })} of
            the questionnaire’s range.
          </>
        ) : (
          'Your before-and-after comparison appears here once the baseline and retake are both recorded.'
        )}
      </p>
      <p>{weekChangeSentence(compareFirstAndLastWeeks(values, todayIso()))}</p>
      <TextArea label="How effective the technique was for you" hint={REVIEW_PROMPT} rows={6} maxLength={TEXT_LIMITS.answer} {...register('review.effectiveness')} />
      <TextArea label="What you will do next" rows={3} maxLength={TEXT_LIMITS.answer} {...register('review.nextSteps')} />
    </section>
  );
}
