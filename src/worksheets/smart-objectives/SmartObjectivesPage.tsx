import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { todayIso } from '../../lib/dates';
import { newId } from '../../lib/ids';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { TextArea, TextField } from '../../ui/fields';
import { CONTEXT_CONFIG, CONTEXT_SUMMARY } from './guidance';
import { MotivationSection, PresentationSection, SalesTargetsSection, SelfAssessmentSection } from './ContextSections';
import { createSmartExampleFor } from './example';
import { ExamplesLibrary } from './ExamplesLibrary';
import { CONTEXTS, isStarted, LIST_LIMITS, newObjective, SmartSchema, TEXT_LIMITS, type ContextId, type SmartData } from './model';
import { ObjectiveEditor } from './ObjectiveEditor';
import { ProgressSection } from './ProgressSection';
import './smart.css';

/** Whether anything at all has been written (or a list started), apart from the context choice. */
function hasAnyContent(value: unknown, key = ''): boolean {
  if (key === 'context') return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => hasAnyContent(v, k));
  return false;
}

function ContextChooser({ register }: { register: UseFormRegister<SmartData> }) {
  return (
    <fieldset className="smart-contexts">
      <legend>What are your objectives for?</legend>
      <div className="smart-contexts__options">
        {CONTEXTS.map((id) => (
          <label key={id} className="smart-context">
            <input type="radio" value={id} {...register('context')} />
            <span className="smart-context__label">{CONTEXT_CONFIG[id].label}</span>
            <span className="smart-context__summary">{CONTEXT_SUMMARY[id]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ContextGuidance({ context }: { context: ContextId }) {
  const config = CONTEXT_CONFIG[context];
  return (
    <div className="notice notice--info">
      <p>
        <strong>
          This evidences unit {config.unit.code} {config.unit.title}, AC {config.criteria.map((c) => c.code).join(', ')}.
        </strong>
      </p>
      <ul>
        {config.criteria.map((c) => (
          <li key={c.code}>
            {config.unit.code} {c.code}: {c.text}
          </li>
        ))}
      </ul>
      <p>
        <strong>Your assessor needs: </strong>
        {config.assessorAsks}
      </p>
      <details>
        <summary>Guidance from the unit</summary>
        <ul>
          {config.guidance.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function ObjectiveCount({ control, minimum }: { control: Control<SmartData>; minimum: number }) {
  const objectives = useWatch({ control, name: 'objectives' }) ?? [];
  const parsed = objectives.map((o) => SmartSchema.shape.objectives.element.safeParse(o)).filter((r) => r.success);
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

export function SmartObjectivesPage({ initialData, onChange }: WorksheetPageProps<SmartData>) {
  const { register, control, watch, getValues, setValue, reset } = useForm<SmartData>({
    defaultValues: initialData,
    resolver: zodResolver(SmartSchema),
    mode: 'onChange',
  });
  const objectives = useFieldArray({ control, name: 'objectives', keyName: 'fieldKey' });
  const context = useWatch({ control, name: 'context' });
  const [today] = useState(todayIso);

  const { saveProblem } = useAutosave(watch, SmartSchema, onChange);

  const loadExample = (id: ContextId) => {
    if (hasAnyContent(getValues()) && !window.confirm('Replace everything in this document with the worked example?')) return;
    const { data } = createSmartExampleFor(id, today);
    reset(data);
    onChange(data);
  };

  const config = context ? CONTEXT_CONFIG[context] : null;

  return (
    <form className="worksheet" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      <section aria-labelledby="context-heading" className="panel">
        <h2 id="context-heading">Choose the context</h2>
        <p>The context sets the unit your work evidences, the guidance, the fields and how many objectives you need. You can change it later: nothing you have typed is lost.</p>
        <ContextChooser register={register} />
        {context && <ContextGuidance context={context} />}
      </section>

      {context && config && (
        <>
          <section aria-labelledby="about-heading" className="panel">
            <h2 id="about-heading">About you{config.showDevelopmentParts ? ' and the plan' : ''}</h2>
            <div className="form-grid">
              <TextField label="Your role and organisation" hint="e.g. Field sales executive, Brightwave Home Energy." maxLength={TEXT_LIMITS.short} {...register('role')} />
              {config.showDevelopmentParts && (
                <TextField label="Date the plan started" hint="Reviews are counted from this date." type="date" {...register('planStart')} />
              )}
            </div>
          </section>

          {context === 'sales-targets' && <SalesTargetsSection register={register} />}
          {context === 'presentation' && <PresentationSection register={register} />}
          {context === 'motivation-plan' && <MotivationSection control={control} register={register} />}
          {config.showSelfAssessment && <SelfAssessmentSection control={control} register={register} isRequired={config.requireSelfAssessment} />}

          <ExamplesLibrary context={context} onLoadExample={() => loadExample(context)} />

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

          <ProgressSection control={control} context={context} today={today} />

          {config.showDevelopmentParts && (
            <section aria-labelledby="update-heading" className="panel">
              <h2 id="update-heading">Review and update the plan</h2>
              <TextArea
                label="What your reviews showed, and what you changed in the plan"
                hint="e.g. an objective achieved and replaced, a deadline moved, a new method tried after feedback from your manager."
                rows={5}
                maxLength={TEXT_LIMITS.long}
                {...register('planUpdate')}
              />
            </section>
          )}

        </>
      )}
    </form>
  );
}
