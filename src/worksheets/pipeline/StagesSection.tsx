import { useFieldArray, useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { TextField } from '../../ui/fields';
import { probabilityProblem, stageCountProblems, stageLabel } from './calculations';
import { NUMBER_INPUT, toNumberOrNull } from './form-values';
import { LIST_LIMITS, newStage, TEXT_LIMITS, type PipelineData } from './model';

type Props = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
};

/** The learner's own stages in funnel order, each with its count for the period. */
export function StagesSection({ register, control, getValues }: Props) {
  const stages = useFieldArray({ control, name: 'stages', keyName: 'fieldKey' });
  useWatch({ control, name: 'stages' });
  // Read the current values rather than the watched copy: right after a move, the watched copy can
  // still be in the old order for one render, which would put names on the wrong buttons.
  const watched = getValues('stages');
  const problems = stageCountProblems(watched);

  const removeStage = (index: number) => {
    const stage = getValues(`stages.${index}`);
    const inUse = getValues('prospects').filter((p) => p.stageId === stage.id).length;
    const message = inUse
      ? `Remove the stage “${stageLabel(stage, index)}”? ${inUse} prospect${inUse === 1 ? ' is' : 's are'} at this stage and will show no stage until you choose another.`
      : `Remove the stage “${stageLabel(stage, index)}” and its count?`;
    if (window.confirm(message)) stages.remove(index);
  };

  return (
    <section aria-labelledby="stages-heading" className="panel">
      <h2 id="stages-heading">Your stages and the counts (AC 2.1)</h2>
      <p>
        List the stages of your own sales process in order, renaming, adding or reordering them to match it. For each
        stage, enter how many leads, prospects or deals <strong>reached</strong> it during the period: everyone who got
        to a later stage also passed the earlier ones, so the counts fall (or stay the same) down the funnel.
      </p>
      <p className="field__hint">
        “Your own win chance” is optional: the chance of winning a deal at that stage, used for the weighted pipeline
        value. Left blank, the stage’s conversion to customer from your counts is used.
      </p>
      <ol className="pipeline-stages">
        {stages.fields.map((field, index) => {
          const name = stageLabel(watched[index], index);
          return (
            <li key={field.fieldKey} className="pipeline-stage">
              <fieldset>
                <legend>Stage {index + 1}</legend>
                <div className="pipeline-stage__grid">
                  <TextField label="Stage name" maxLength={TEXT_LIMITS.short} {...register(`stages.${index}.name`)} />
                  <TextField
                    label="Count in the period"
                    {...NUMBER_INPUT}
                    min={0}
                    error={problems[index] ?? undefined}
                    {...register(`stages.${index}.count`, { setValueAs: toNumberOrNull })}
                  />
                  <TextField
                    label="Your own win chance (%)"
                    {...NUMBER_INPUT}
                    min={0}
                    max={100}
                    error={probabilityProblem(watched[index]?.probability ?? null) ?? undefined}
                    {...register(`stages.${index}.probability`, { setValueAs: toNumberOrNull })}
                  />
                </div>
                <div className="button-row">
                  <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => stages.move(index, index - 1)}>
                    Move {name} up
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === stages.fields.length - 1}
                    onClick={() => stages.move(index, index + 1)}
                  >
                    Move {name} down
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => removeStage(index)}>
                    Remove {name}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        disabled={stages.fields.length >= LIST_LIMITS.stages}
        onClick={() => stages.append(newStage(`stage-${newId()}`))}
      >
        Add a stage
      </button>
    </section>
  );
}
