import { useForm } from 'react-hook-form';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { choiceOptions } from '../../lib/choices';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { DataSourcesSection, RootCauseSection } from './EvidenceSections';
import { ApprovalSection, DecisionSection, EvaluationSection, ImplementationSection } from './FollowThroughSections';
import { GUIDANCE } from './guidance';
import { CriteriaSection, MatrixGrid, OptionsSection } from './MatrixSections';
import { DecisionSchema, RECURRENCES, SEVERITIES, TEXT_LIMITS, type DecisionData } from './model';
import { RECURRENCE_LABELS, SEVERITY_LABELS } from './labels';
import { ResultsSection } from './ResultsSection';
import './decision-matrix.css';

/**
 * The problem-solving record. Each section watches only the fields it shows, so typing in a
 * 10 × 10 matrix re-renders the cell typed in, not the page.
 */
export function DecisionMatrixPage({ initialData, onChange }: WorksheetPageProps<DecisionData>) {
  const form = useForm<DecisionData>({ defaultValues: initialData });
  const { register, watch } = form;

  const { saveProblem } = useAutosave(watch, DecisionSchema, onChange);

  return (
    <form className="worksheet decision" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      <section aria-labelledby="problem-heading" className="panel">
        <h2 id="problem-heading">1. The problem (AC 2.1)</h2>
        <p>{GUIDANCE.problem}</p>
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

      <DataSourcesSection form={form} />
      <RootCauseSection form={form} />
      <OptionsSection form={form} />
      <CriteriaSection form={form} />
      <MatrixGrid form={form} />
      <ResultsSection control={form.control} />
      <DecisionSection form={form} />
      <ApprovalSection form={form} />
      <ImplementationSection form={form} />
      <EvaluationSection form={form} />
    </form>
  );
}
