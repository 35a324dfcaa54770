import { memo, type CSSProperties } from 'react';
import { useFieldArray, useWatch, type Control, type UseFormRegister, type UseFormReturn } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove } from '../../ui/RowFieldsets';
import { GUIDANCE } from './guidance';
import { scoreProblem, SCALE_RANGES, weightProblem } from './calculations';
import { formatPercent } from '../../lib/numbers';
import {
  alignCells,
  cellKey,
  LIST_LIMITS,
  newCriterion,
  newOption,
  SCALES,
  TEXT_LIMITS,
  type Criterion,
  type DecisionData,
  type Option,
} from './model';
import { SCALE_LABELS } from './labels';
import { ScrollBox } from '../../ui/ScrollBox';
import { FoldedFieldset } from '../../ui/Fold';
import { criterionLine, weightShare } from './fold-lines';

type FormProps = { form: UseFormReturn<DecisionData> };

const displayName = (name: string | undefined, fallback: string) => (name?.trim() ? name.trim() : fallback);

/** Keeps exactly one cell per option × criterion, so every new row or column starts blank and removed ones leave nothing behind. */
function realignCells(form: UseFormReturn<DecisionData>, options: Array<Pick<Option, 'id'>>, criteria: Array<Pick<Criterion, 'id'>>) {
  form.setValue('cells', alignCells(form.getValues('cells'), options, criteria));
}

export function OptionsSection({ form }: FormProps) {
  const { register, control, getValues, setValue } = form;
  const options = useFieldArray({ control, name: 'options', keyName: 'fieldKey' });
  const add = () => {
    const option = newOption(newId());
    realignCells(form, [...getValues('options'), option], getValues('criteria'));
    options.append(option);
  };
  const remove = (index: number) => {
    const current = getValues('options');
    const option = current[index];
    if (!option || !confirmRemove([option.name, option.description], 'this option')) return;
    const remaining = current.filter((_, i) => i !== index);
    options.remove(index);
    realignCells(form, remaining, getValues('criteria'));
    if (getValues('decision.chosenOptionId') === option.id) setValue('decision.chosenOptionId', '');
  };
  return (
    <section aria-labelledby="options-heading" className="panel">
      <h2 id="options-heading">Options (AC 2.4)</h2>
      <p>{GUIDANCE.options}</p>
      <TextArea label="How you generated the options" hint="Who took part and how: brainstorming, mind mapping, feedback from the people affected." className="field--wide" maxLength={TEXT_LIMITS.note} {...register('optionsMethod')} />
      {options.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Option {index + 1}</legend>
          <div className="force__grid">
            <TextField label={`Name of option ${index + 1}`} hint="Short: it labels the matrix." maxLength={TEXT_LIMITS.short} {...register(`options.${index}.name`)} />
            <TextArea label={`What option ${index + 1} involves`} className="force__wide" maxLength={TEXT_LIMITS.answer} {...register(`options.${index}.description`)} />
          </div>
          <button type="button" className="button button--quiet" onClick={() => remove(index)}>
            Remove option {index + 1}
          </button>
        </fieldset>
      ))}
      {options.fields.length < LIST_LIMITS.options ? (
        <button type="button" className="button" onClick={add}>
          Add an option
        </button>
      ) : (
        <p className="field__hint">The matrix holds up to {LIST_LIMITS.options} options.</p>
      )}
    </section>
  );
}

/** One criterion's fields, with its weight checked and its share of all the weight shown as the learner types. */
function CriterionFields({ form, index, onRemove }: FormProps & { index: number; onRemove(): void }) {
  const { register, control } = form;
  const criteria = useWatch({ control, name: 'criteria' });
  const weight = criteria[index]?.weight ?? '';
  const problem = weightProblem(weight);
  const share = weightShare(criteria.map((c) => c?.weight ?? ''), index);
  const shareHint = share === null ? 'Any number from 0 up.' : `Share of all the weight: ${formatPercent(share)}.`;
  return (
    <FoldedFieldset itemId={criteria[index]?.id ?? String(index)} title={`Criterion ${index + 1}`} buttonName={`criterion ${index + 1}`} line={criterionLine(criteria, index)}>
      {/* Short visible labels in one row; the legend and the accessible names carry the number. */}
      <div className="decision-criterion">
        <TextField
          label="Name"
          aria-label={`Name of criterion ${index + 1}`}
          className="decision-criterion__name"
          maxLength={TEXT_LIMITS.short}
          {...register(`criteria.${index}.name`)}
        />
        <TextField
          label="Weight"
          aria-label={`Weight of criterion ${index + 1}`}
          hint={shareHint}
          error={problem ?? undefined}
          className="decision-criterion__weight"
          inputMode="decimal"
          autoComplete="off"
          maxLength={TEXT_LIMITS.number}
          {...register(`criteria.${index}.weight`)}
        />
        <TextField
          label="What it measures"
          hint="And which end of the scale is good."
          className="decision-criterion__meaning"
          maxLength={TEXT_LIMITS.note}
          {...register(`criteria.${index}.meaning`)}
        />
      </div>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        Remove criterion {index + 1}
      </button>
    </FoldedFieldset>
  );
}

export function CriteriaSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const criteria = useFieldArray({ control, name: 'criteria', keyName: 'fieldKey' });
  const add = () => {
    const criterion = newCriterion(newId());
    realignCells(form, getValues('options'), [...getValues('criteria'), criterion]);
    criteria.append(criterion);
  };
  const remove = (index: number) => {
    const current = getValues('criteria');
    const criterion = current[index];
    if (!criterion || !confirmRemove([criterion.name, criterion.weight, criterion.meaning], 'this criterion')) return;
    const remaining = current.filter((_, i) => i !== index);
    criteria.remove(index);
    realignCells(form, getValues('options'), remaining);
  };
  return (
    <section aria-labelledby="criteria-heading" className="panel">
      <h2 id="criteria-heading">Criteria, weights and scale (AC 3.1)</h2>
      <p>{GUIDANCE.criteria}</p>
      {criteria.fields.map((field, index) => (
        <CriterionFields key={field.fieldKey} form={form} index={index} onRemove={() => remove(index)} />
      ))}
      {criteria.fields.length < LIST_LIMITS.criteria ? (
        <button type="button" className="button" onClick={add}>
          Add a criterion
        </button>
      ) : (
        <p className="field__hint">The matrix holds up to {LIST_LIMITS.criteria} criteria.</p>
      )}
      <SelectField
        label="Scoring scale"
        hint="Every option is scored on every criterion on this scale, with the best score at the top."
        className="field--wide decision-scale"
        options={SCALES.map((s) => ({ value: s, label: SCALE_LABELS[s] }))}
        {...register('scale')}
      />
    </section>
  );
}

type CellProps = {
  control: Control<DecisionData>;
  register: UseFormRegister<DecisionData>;
  cell: string;
  optionName: string;
  criterionName: string;
};

/** One matrix cell. Memoised and watching only its own score, so typing in it re-renders nothing else. */
const ScoreCell = memo(function ScoreCell({ control, register, cell, optionName, criterionName }: CellProps) {
  const score = useWatch({ control, name: `cells.${cell}.score` }) ?? '';
  const scale = useWatch({ control, name: 'scale' });
  const problem = scoreProblem(score, scale);
  const where = `${optionName} on ${criterionName}`;
  return (
    <td className="decision-cell">
      <TextField
        label="Score"
        aria-label={`Score for ${where}`}
        error={problem ?? undefined}
        inputMode="numeric"
        autoComplete="off"
        className="decision-cell__score"
        maxLength={TEXT_LIMITS.number}
        {...register(`cells.${cell}.score`)}
      />
      <TextArea label="Why" aria-label={`Why ${where} scores this`} rows={3} maxLength={TEXT_LIMITS.note} {...register(`cells.${cell}.note`)} />
    </td>
  );
});

export function MatrixGrid({ form }: FormProps) {
  const { control, register } = form;
  const options = useWatch({ control, name: 'options' });
  const criteria = useWatch({ control, name: 'criteria' });
  const scale = useWatch({ control, name: 'scale' });
  const { min, max } = SCALE_RANGES[scale];
  return (
    <section aria-labelledby="matrix-heading" className="panel">
      <h2 id="matrix-heading">Score the options (AC 3.1)</h2>
      <p>{GUIDANCE.matrix}</p>
      {options.length === 0 || criteria.length === 0 ? (
        <p>Once you have options (in the Options section) and criteria (above), the matrix to score them appears here.</p>
      ) : (
        <>
          <p className="field__hint">
            Scores are whole numbers from {min} to {max}. Scroll sideways if the matrix is wider than your screen.
          </p>
          <ScrollBox label="The decision matrix (scrolls sideways)" className="decision-matrix-scroll">
            {/* Fixed layout (widths in the CSS): a keystroke in one cell never makes the browser re-measure the whole grid. */}
            <table className="data-table decision-matrix" style={{ '--criteria-count': criteria.length } as CSSProperties}>
              <colgroup>
                <col className="decision-matrix__row-col" />
                {criteria.map((c) => (
                  <col key={c.id} className="decision-matrix__col" />
                ))}
              </colgroup>
              <caption className="visually-hidden">Scores and reasons for each option on each criterion</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  {criteria.map((c, j) => (
                    <th scope="col" key={c.id}>
                      {displayName(c.name, `Criterion ${j + 1}`)}
                      <span className="decision-matrix__weight"> (weight {c.weight.trim() || '–'})</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {options.map((o, i) => {
                  const optionName = displayName(o.name, `Option ${i + 1}`);
                  return (
                    <tr key={o.id}>
                      <th scope="row">{optionName}</th>
                      {criteria.map((c, j) => (
                        <ScoreCell
                          key={c.id}
                          control={control}
                          register={register}
                          cell={cellKey(o.id, c.id)}
                          optionName={optionName}
                          criterionName={displayName(c.name, `criterion ${j + 1}`)}
                        />
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
