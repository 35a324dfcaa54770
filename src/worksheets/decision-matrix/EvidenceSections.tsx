import { confirmRemove } from '../../ui/RowFieldsets';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { GUIDANCE } from './guidance';
import {
  DATA_TYPES,
  FISHBONE_CATEGORIES,
  LIST_LIMITS,
  newDataSource,
  newFishboneCause,
  RECURRENCES,
  SEVERITIES,
  TEXT_LIMITS,
  WHY_COUNT,
  type DecisionData,
} from './model';
import { DATA_TYPE_CHOICE_LABELS, FISHBONE_LABELS, RECURRENCE_LABELS, SEVERITY_LABELS } from './labels';

type FormProps = { form: UseFormReturn<DecisionData> };

/** Asks before removing a row the learner has written in. */
/** What the problem is, its nature, and its scope and impact. */
export function ProblemSection({ form }: FormProps) {
  const { register } = form;
  return (
    <section aria-labelledby="problem-heading" className="panel">
      <h2 id="problem-heading">The problem (AC 2.1)</h2>
      <p>{GUIDANCE.problem}</p>
      <p className="field__hint">
        The unit asks you to state the problem’s nature, scope and impact clearly. The parts below come from its
        indicative content, which is not prescriptive: filling in every one is good practice.
      </p>
      <div className="form-grid">
        <TextField label="Organisation and team" className="form-grid__wide" maxLength={TEXT_LIMITS.short} {...register('organisation')} />
        <TextArea label="The problem" hint="What is going wrong, in one or two sentences, with a figure if you have one." className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('problem.statement')} />
      </div>
      <h3>Its nature</h3>
      <p className="field__hint">{GUIDANCE.nature}</p>
      <div className="form-grid">
        <TextArea label="Systemic factors" hint="Software, processes, procedures." maxLength={TEXT_LIMITS.answer} {...register('problem.systemicFactors')} />
        <TextArea label="Human factors" hint="People’s actions and decisions." maxLength={TEXT_LIMITS.answer} {...register('problem.humanFactors')} />
        <TextArea label="Environmental factors" hint="Conditions around the team or business." maxLength={TEXT_LIMITS.answer} {...register('problem.environmentalFactors')} />
      </div>
      <h3>Its scope and impact</h3>
      <p className="field__hint">{GUIDANCE.scope}</p>
      <div className="form-grid">
        <TextField label="People affected" hint="Who, and how many." className="form-grid__wide" maxLength={TEXT_LIMITS.note} {...register('problem.peopleAffected')} />
        <TextField label="How long it has lasted" maxLength={TEXT_LIMITS.short} {...register('problem.duration')} />
        <SelectField
          label="New or recurring"
          options={choiceOptions(RECURRENCES, RECURRENCE_LABELS, { placeholder: 'Choose' })}
          {...register('problem.recurrence')}
        />
        <TextArea label="Cost" hint="Financial losses: lost sales, extra time, refunds." maxLength={TEXT_LIMITS.note} {...register('problem.cost')} />
        <TextArea label="Reputation" hint="Complaints, reviews, lost goodwill." maxLength={TEXT_LIMITS.note} {...register('problem.reputation')} />
        <SelectField
          label="Severity"
          options={choiceOptions(SEVERITIES, SEVERITY_LABELS, { placeholder: 'Choose' })}
          {...register('problem.severity')}
        />
      </div>
    </section>
  );
}

export function DataSourcesSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const sources = useFieldArray({ control, name: 'dataSources', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="data-heading" className="panel">
      <h2 id="data-heading">Data and information (AC 2.2)</h2>
      <p>{GUIDANCE.data}</p>
      {sources.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Source {index + 1}</legend>
          <div className="force__grid">
            <TextField label="Source" hint="e.g. CRM report, customer survey, team meeting." maxLength={TEXT_LIMITS.short} {...register(`dataSources.${index}.source`)} />
            <SelectField
              label="Type of data"
              options={choiceOptions(DATA_TYPES, DATA_TYPE_CHOICE_LABELS, { placeholder: 'Choose' })}
              {...register(`dataSources.${index}.dataType`)}
            />
            <TextField label="How you gathered it" className="force__wide" maxLength={TEXT_LIMITS.short} {...register(`dataSources.${index}.method`)} />
            <TextArea label="What it showed" className="force__wide" maxLength={TEXT_LIMITS.answer} {...register(`dataSources.${index}.findings`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const s = getValues(`dataSources.${index}`);
              if (confirmRemove([s.source, s.method, s.findings], 'this source')) sources.remove(index);
            }}
          >
            Remove source {index + 1}
          </button>
        </fieldset>
      ))}
      {sources.fields.length < LIST_LIMITS.sources && (
        <button type="button" className="button" onClick={() => sources.append(newDataSource(newId()))}>
          Add a source
        </button>
      )}
    </section>
  );
}

export function RootCauseSection({ form }: FormProps) {
  const { register, control, getValues } = form;
  const causes = useFieldArray({ control, name: 'rootCause.fishbone', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="root-heading" className="panel">
      <h2 id="root-heading">Root cause (AC 2.3)</h2>
      <p>
        Use at least one analysis tool: the 5 whys, a fishbone, or both. Then state the root cause they point to. Good
        practice (the unit asks only for an analysis tool): answer at least three whys, or give at least three causes in
        two or more categories of the fishbone.
      </p>
      <fieldset className="force">
        <legend>The 5 whys</legend>
        <p className="field__hint">{GUIDANCE.whys}</p>
        <TextField label="The problem you asked “why?” about" className="field--wide" maxLength={TEXT_LIMITS.note} {...register('rootCause.problemForWhys')} />
        <ol className="decision-whys">
          {Array.from({ length: WHY_COUNT }, (_, i) => (
            <li key={i}>
              <TextArea label={`Why ${i + 1}?`} rows={2} maxLength={TEXT_LIMITS.note} {...register(`rootCause.whys.${i}`)} />
            </li>
          ))}
        </ol>
      </fieldset>
      <fieldset className="force">
        <legend>Fishbone diagram</legend>
        <p className="field__hint">{GUIDANCE.fishbone}</p>
        {causes.fields.map((field, index) => (
          <div key={field.fieldKey} className="decision-row">
            <SelectField
              label={`Category of cause ${index + 1}`}
              options={FISHBONE_CATEGORIES.map((c) => ({ value: c, label: FISHBONE_LABELS[c] }))}
              {...register(`rootCause.fishbone.${index}.category`)}
            />
            <TextField label={`Cause ${index + 1}`} className="decision-row__wide" maxLength={TEXT_LIMITS.note} {...register(`rootCause.fishbone.${index}.cause`)} />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => confirmRemove([getValues(`rootCause.fishbone.${index}.cause`)], 'this cause') && causes.remove(index)}
            >
              Remove cause {index + 1}
            </button>
          </div>
        ))}
        {causes.fields.length < LIST_LIMITS.fishbone && (
          <button type="button" className="button" onClick={() => causes.append(newFishboneCause(newId()))}>
            Add a cause
          </button>
        )}
      </fieldset>
      <TextArea label="The root cause" hint="What your analysis shows is underneath the problem." className="field--wide" maxLength={TEXT_LIMITS.answer} {...register('rootCause.statement')} />
    </section>
  );
}
