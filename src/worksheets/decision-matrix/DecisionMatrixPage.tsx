import { useForm } from 'react-hook-form';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { DataSourcesSection, ProblemSection, RootCauseSection } from './EvidenceSections';
import { ApprovalSection, DecisionSection, EvaluationSection, ImplementationSection } from './FollowThroughSections';
import { CriteriaSection, MatrixGrid, OptionsSection } from './MatrixSections';
import { DecisionSchema, type DecisionData } from './model';
import { ResultsSection } from './ResultsSection';
import './decision-matrix.css';

/**
 * The problem-solving record. Each section watches only the fields it shows, so typing in a
 * 10 × 10 matrix re-renders the cell typed in, not the page. The one form stays mounted while the
 * learner moves between sections, and keeps the values of the fields a section no longer shows.
 */
export function DecisionMatrixPage({ initialData, onChange, section }: WorksheetPageProps<DecisionData>) {
  const form = useForm<DecisionData>({ defaultValues: initialData });
  const { saveProblem } = useAutosave(form.watch, DecisionSchema, onChange);

  return (
    <form className="worksheet decision" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'problem') && <ProblemSection form={form} />}
      {shows(section, 'data') && <DataSourcesSection form={form} />}
      {shows(section, 'root-cause') && <RootCauseSection form={form} />}
      {shows(section, 'options') && <OptionsSection form={form} />}
      {shows(section, 'matrix') && (
        <>
          <CriteriaSection form={form} />
          <MatrixGrid form={form} />
        </>
      )}
      {shows(section, 'decision') && (
        <>
          <ResultsSection control={form.control} />
          <DecisionSection form={form} />
        </>
      )}
      {shows(section, 'approval') && <ApprovalSection form={form} />}
      {shows(section, 'implementation') && <ImplementationSection form={form} />}
      {shows(section, 'evaluation') && <EvaluationSection form={form} />}
    </form>
  );
}
