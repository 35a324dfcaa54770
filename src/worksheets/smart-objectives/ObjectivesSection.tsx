import { useWatch, type Control, type UseFieldArrayReturn, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { CONTEXT_CONFIG } from './guidance';
import { isStarted, LIST_LIMITS, newObjective, SmartSchema, type ContextId, type SmartData } from './model';
import { ObjectiveEditor } from './ObjectiveEditor';

function ObjectiveCount({ control, minimum }: { control: Control<SmartData>; minimum: number }) {
  const objectives = useWatch({ control, name: 'objectives' }) ?? [];
  const parsed = objectives.map((o) => SmartSchema.shape.objectives.def.element.safeParse(o)).filter((r) => r.success);
  const count = parsed.filter((r) => r.success && isStarted(r.data)).length;
  return (
    <p aria-live="polite">
      <strong>
        {count} objective{count === 1 ? '' : 's'} written
      </strong>{' '}
      (at least {minimum} needed{count >= minimum ? ': done' : ''}).
    </p>
  );
}

type ObjectivesSectionProps = {
  control: Control<SmartData>;
  register: UseFormRegister<SmartData>;
  setValue: UseFormSetValue<SmartData>;
  getValues: UseFormGetValues<SmartData>;
  objectives: UseFieldArrayReturn<SmartData, 'objectives', 'fieldKey'>;
  context: ContextId;
  today: string;
};

/** The objectives, each with its five letters, live checks and sentence; added and removed here. */
export function ObjectivesSection({ control, register, setValue, getValues, objectives, context, today }: ObjectivesSectionProps) {
  const config = CONTEXT_CONFIG[context];
  return (
    <section aria-labelledby="objectives-heading" className="panel">
      <h2 id="objectives-heading">{context === 'sales-targets' ? 'Your SMART sales targets' : 'Your SMART objectives'}</h2>
      <p>
        Fill in each letter: the check under it says, as you type, what still stops it being SMART. The sentence at the end is composed
        from the parts; edit it into your own words.
      </p>
      <ObjectiveCount control={control} minimum={config.minObjectives} />
      {objectives.fields.map((field, index) => (
        <ObjectiveEditor
          key={field.fieldKey}
          control={control}
          register={register}
          setValue={setValue}
          index={index}
          objectiveId={field.id}
          context={context}
          today={today}
          onRemove={() => {
            const current = getValues(`objectives.${index}`);
            if (!current || !isStarted(current) || window.confirm('Remove this objective, its reviews and everything written in it?')) objectives.remove(index);
          }}
        />
      ))}
      {objectives.fields.length < LIST_LIMITS.objectives ? (
        <button type="button" className="button button--primary" onClick={() => objectives.append(newObjective(newId()))}>
          Add an objective
        </button>
      ) : (
        <p>You have {LIST_LIMITS.objectives} objectives, the most one document holds. Start a new document for more.</p>
      )}
    </section>
  );
}
