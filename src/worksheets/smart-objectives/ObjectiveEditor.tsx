import { useWatch, type Control, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import * as z from 'zod/mini';
import { TextArea, TextField } from '../../ui/fields';
import { checkObjective, LETTER_NAMES, type Letter, type LetterFeedback } from './checks';
import { composeObjective } from './compose';
import { FoldBody, FoldButton, useFold } from '../../ui/Fold';
import { CONTEXT_CONFIG } from './guidance';
import { LetterFeedbackPanel } from './LetterFeedbackPanel';
import { CriterionSchema, developmentNeeds, ObjectiveSchema, TEXT_LIMITS, type ContextId, type SmartData } from './model';

const CriterionListSchema = z.array(CriterionSchema);

type Props = {
  control: Control<SmartData>;
  register: UseFormRegister<SmartData>;
  setValue: UseFormSetValue<SmartData>;
  index: number;
  /** The objective's id in the data, which its fold is remembered by. */
  objectiveId: string;
  context: ContextId;
  today: string;
  onRemove(): void;
};

function LetterSet({ letter, check, children }: { letter: Letter; check: LetterFeedback | undefined; children: React.ReactNode }) {
  return (
    <fieldset className="smart-letter">
      <legend>
        <span className="smart-letter__key" aria-hidden="true">
          {letter}
        </span>
        {LETTER_NAMES[letter]}
      </legend>
      <div className="smart-letter__grid">{children}</div>
      {check && <LetterFeedbackPanel check={check} />}
    </fieldset>
  );
}

/** One objective: its five guided parts with live feedback and the composed sentence. */
export function ObjectiveEditor({ control, register, setValue, index, objectiveId, context, today, onRemove }: Props) {
  const config = CONTEXT_CONFIG[context];
  const values = useWatch({ control, name: `objectives.${index}` });
  const parsed = ObjectiveSchema.safeParse(values);
  const objective = parsed.success ? parsed.data : null;
  const criteria = useWatch({ control, name: 'selfAssessment.criteria' });
  const needs = CriterionListSchema.safeParse(criteria);
  const checks = objective ? checkObjective(objective, context, today, needs.success ? developmentNeeds(needs.data) : []) : [];
  const checkFor = (letter: Letter) => checks.find((c) => c.letter === letter);
  const smartCount = checks.filter((c) => c.status === 'smart').length;
  const fold = useFold(objectiveId, smartCount === 5);
  const path = `objectives.${index}` as const;
  const title = `Objective ${index + 1}`;
  const composed = objective ? composeObjective(objective) : '';
  const isEdited = objective?.sentence.isEdited ?? false;

  return (
    <fieldset className="smart-objective">
      <legend>{title}</legend>
      <p className="smart-objective__summary" aria-live="polite">
        {smartCount} of 5 letters look SMART{smartCount === 5 ? ': this objective is SMART.' : '.'}
      </p>
      {!fold.isOpen && <p className="smart-objective__sentence">{isEdited ? (objective?.sentence.text ?? '') : composed}</p>}
      <FoldButton fold={fold} name={title.toLowerCase()} />
      <FoldBody fold={fold}>
        <LetterSet letter="S" check={checkFor('S')}>
          <TextField label="What you will do or achieve" hint={`Start with a verb. ${config.whatHint}`} className="smart-letter__wide" maxLength={TEXT_LIMITS.short * 2} {...register(`${path}.specific.what`)} />
          <TextField label="Who" hint="Which customers, or who you will work with." maxLength={TEXT_LIMITS.short} {...register(`${path}.specific.who`)} />
          <TextField label="Where" hint="The territory, channel or situation." maxLength={TEXT_LIMITS.short} {...register(`${path}.specific.where`)} />
        </LetterSet>

        <LetterSet letter="M" check={checkFor('M')}>
          <TextField label="What you will measure" hint="e.g. monthly invoiced sales, SCA score." className="smart-letter__wide" maxLength={TEXT_LIMITS.short} {...register(`${path}.measurable.metric`)} />
          <TextField label="Baseline (where you are now)" hint="A number, e.g. 18,000." maxLength={TEXT_LIMITS.number} {...register(`${path}.measurable.baseline`)} />
          <TextField label="Target" hint="A number, e.g. 22,000." maxLength={TEXT_LIMITS.number} {...register(`${path}.measurable.target`)} />
          <TextField label="Unit" hint="e.g. £ a month, %, out of 5." maxLength={TEXT_LIMITS.short} {...register(`${path}.measurable.unit`)} />
        </LetterSet>

        <LetterSet letter="A" check={checkFor('A')}>
          <TextArea label="Resources you will use" hint="Time, tools, budget, training, people." className="smart-letter__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.achievable.resources`)} />
          <TextArea label="Past performance: why it is realistic" hint="What you have achieved before, or what is different now." className="smart-letter__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.achievable.pastPerformance`)} />
          <TextArea label="Constraints and how you will manage them" className="smart-letter__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.achievable.constraints`)} />
        </LetterSet>

        <LetterSet letter="R" check={checkFor('R')}>
          <TextArea label={config.relevantLabel} hint={config.relevantHint} className="smart-letter__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.relevant.link`)} />
        </LetterSet>

        <LetterSet letter="T" check={checkFor('T')}>
          <TextField label="Deadline" type="date" {...register(`${path}.timeBound.deadline`)} />
          <TextArea label="Milestones" hint="Checkpoints on the way, with dates." rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.timeBound.milestones`)} />
        </LetterSet>

        <div className="smart-sentence">
          <TextArea
            label="Objective sentence"
            // A name, like the registered fields, so focus can be restored after another tab's change.
            name={`${path}.sentence.text`}
            hint={isEdited ? 'Your own wording. The checks above still read it.' : 'Composed from the parts above as you type. Edit it to make it your own.'}
            rows={3}
            maxLength={TEXT_LIMITS.answer}
            value={isEdited ? (objective?.sentence.text ?? '') : composed}
            onChange={(e) => setValue(`${path}.sentence`, { isEdited: true, text: e.target.value }, { shouldDirty: true })}
          />
          {isEdited && (
            <button type="button" className="button button--quiet" onClick={() => setValue(`${path}.sentence`, { isEdited: false, text: '' }, { shouldDirty: true })}>
              Go back to the composed sentence for {title.toLowerCase()}
            </button>
          )}
        </div>

        <button type="button" className="button button--quiet" onClick={onRemove}>
          Remove {title.toLowerCase()}
        </button>
      </FoldBody>
    </fieldset>
  );
}
