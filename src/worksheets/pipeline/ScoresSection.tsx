import { memo, useMemo } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { SelectField } from '../../ui/fields';
import { likelihoodOf } from './calculations';
import { formatMoney, formatPercent } from './format';
import { toScore } from './form-values';
import { SCORE_HELP } from './guidance';
import { MAX_SCORE, type Criterion, type PipelineData } from './model';
import type { Option, ProspectFields } from './ProspectsSection';

type Props = { register: UseFormRegister<PipelineData>; control: Control<PipelineData>; prospects: ProspectFields };

const SCORE_OPTIONS: Option[] = [
  { value: '', label: 'Not scored' },
  ...Array.from({ length: MAX_SCORE + 1 }, (_, n) => ({ value: String(n), label: String(n) })),
];

/** Each prospect scored on each criterion, with the likelihood of conversion the scores give. */
export function ScoresSection({ register, control, prospects }: Props) {
  const criteria = useWatch({ control, name: 'criteria' });
  // Rows get a new criteria list only when a criterion really changes, not on every key typed in one.
  const criteriaKey = JSON.stringify(criteria.map((c) => [c.id, c.name, c.weight]));
  const rowCriteria = useMemo<Criterion[]>(
    () => criteria.map((c) => ({ ...c })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- criteriaKey stands for every criterion field the rows use
    [criteriaKey],
  );
  return (
    <section aria-labelledby="scores-heading" className="panel">
      <h2 id="scores-heading">Prospects scored against your criteria (AC 2.2, 2.3)</h2>
      <p>
        {SCORE_HELP} The scores and the criteria’s weights give each prospect’s likelihood of conversion. At each review,
        update the scores here, then record the review.
      </p>
      {prospects.fields.length === 0 && <p>No prospects yet: add them in the section before this one.</p>}
      {prospects.fields.map((field, index) => (
        <ScoreRow key={field.fieldKey} index={index} register={register} control={control} criteria={rowCriteria} />
      ))}
    </section>
  );
}

type RowProps = Omit<Props, 'prospects'> & { index: number; criteria: Criterion[] };

/** One prospect's scores; re-renders only when its own fields or the criteria change. */
const ScoreRow = memo(function ScoreRow({ index, register, control, criteria }: RowProps) {
  const [name, value, scores] = useWatch({ control, name: [`prospects.${index}.name`, `prospects.${index}.value`, `prospects.${index}.scores`] });
  const named = criteria.filter((c) => c.name.trim() !== '');
  const likelihood = likelihoodOf(scores ?? {}, criteria);
  return (
    <fieldset className="pipeline-scores">
      <legend>
        Prospect {index + 1}: {name?.trim() || 'no name yet'}
      </legend>
      <div className="pipeline-prospect__grid">
        {named.map((c) => (
          <SelectField
            key={c.id}
            label={`${c.name.trim()} (0–5)`}
            options={SCORE_OPTIONS}
            {...register(`prospects.${index}.scores.${c.id}`, { setValueAs: toScore })}
          />
        ))}
      </div>
      <p className="pipeline-prospect__result">
        {likelihood.ok ? (
          <>
            Likelihood of conversion <strong>{formatPercent(likelihood.fraction)}</strong> ({likelihood.working})
            {value !== null && value !== undefined && value >= 0 && (
              <>
                {' '}
                · weighted value <strong>{formatMoney(value * likelihood.fraction)}</strong>
              </>
            )}
          </>
        ) : (
          <span className="pipeline-muted">Likelihood: {likelihood.reason}</span>
        )}
      </p>
    </fieldset>
  );
});
