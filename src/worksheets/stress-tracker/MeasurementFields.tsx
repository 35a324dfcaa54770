import type { UseFormRegister } from 'react-hook-form';
import { SelectField, TextField } from '../../ui/fields';
import { formatScore, instrumentMax, measurementScore, type MeasurementField } from './calculations';
import type { Instrument, Measurement, StressData } from './model';
import { TEXT_LIMITS } from './model';
import { SELF_CHECK_ANSWERS, SELF_CHECK_MAX, SELF_CHECK_STATEMENTS } from './self-check';

const answerValue = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

const ANSWER_OPTIONS = [{ value: '', label: 'Choose an answer' }, ...SELF_CHECK_ANSWERS.map((a) => ({ value: String(a.value), label: a.label }))];

type Props = {
  which: 'baseline' | 'retake';
  instrument: Instrument;
  measurement: Measurement;
  register: UseFormRegister<StressData>;
  problems: Partial<Record<MeasurementField, string>>;
  today: string;
};

/** The date and answers (or score) of one measurement, always on the questionnaire the learner chose. */
export function MeasurementFields({ which, instrument, measurement, register, problems, today }: Props) {
  const name = which === 'baseline' ? 'Baseline' : 'Retake';
  const score = measurementScore(instrument, measurement);
  const max = instrumentMax(instrument);
  const answered = measurement.answers.filter((a) => a !== null).length;
  return (
    <div className="measurement">
      <TextField
        label={`${name} date`}
        type="date"
        max={today}
        hint={which === 'baseline' ? 'The day you took it, before you start using the technique.' : 'At least one month after your baseline.'}
        error={problems[`${which}.date`]}
        {...register(`${which}.date`)}
      />
      {instrument.kind === 'built-in' && (
        <fieldset className="self-check">
          <legend>{name}: how often in the past seven days…</legend>
          {SELF_CHECK_STATEMENTS.map((statement, i) => (
            <SelectField
              key={statement}
              label={`${i + 1}. ${statement}`}
              options={ANSWER_OPTIONS}
              {...register(`${which}.answers.${i}`, { setValueAs: answerValue })}
            />
          ))}
        </fieldset>
      )}
      {instrument.kind === 'online' && (
        <TextField
          label={`${name} score${max !== null ? ` (out of ${formatScore(max)})` : ''}`}
          inputMode="decimal"
          autoComplete="off"
          maxLength={TEXT_LIMITS.number}
          error={problems[`${which}.score`]}
          {...register(`${which}.score`)}
        />
      )}
      <p className="measurement__result" role="status">
        {score
          ? `${name} score: ${formatScore(score.score)} out of ${formatScore(score.max)}.`
          : instrument.kind === 'built-in'
            ? `${name} score: ${answered} of ${SELF_CHECK_STATEMENTS.length} statements answered (the total, out of ${SELF_CHECK_MAX}, appears when all are answered).`
            : `${name} score: not recorded yet.`}
      </p>
    </div>
  );
}
