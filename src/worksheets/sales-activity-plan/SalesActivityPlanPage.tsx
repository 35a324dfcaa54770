import { useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { ActivitiesSection } from './ActivitiesSection';
import { salesActivityPlanGoodPractice } from './completeness';
import { ConsultationSection } from './ConsultationSection';
import { CustomersSection } from './CustomersSection';
import { EvaluationSection } from './EvaluationSection';
import { usePlan } from './form';
import { IndicatorsSection } from './IndicatorsSection';
import { IssuesSection } from './IssuesSection';
import { SalesActivityPlanSchema, type SalesActivityPlanData } from './model';
import { PlanSection } from './PlanSection';
import { ResourcesSection } from './ResourcesSection';
import './sales-activity-plan.css';

export function SalesActivityPlanPage({ initialData, onChange, section }: WorksheetPageProps<SalesActivityPlanData>) {
  const { register, control, watch, getValues } = useForm<SalesActivityPlanData>({
    defaultValues: initialData,
    resolver: zodResolver(SalesActivityPlanSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, SalesActivityPlanSchema, onChange);
  const form = { control, register, getValues };
  const advice = (id: string) => <SectionGoodPractice control={control} section={id} />;

  return (
    <form className="worksheet sales-activity-plan" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'plan') && <PlanSection {...form} />}
      {shows(section, 'customers') && (
        <>
          <CustomersSection {...form} />
          {advice('customers')}
        </>
      )}
      {shows(section, 'activities') && (
        <>
          <ActivitiesSection {...form} />
          {advice('activities')}
        </>
      )}
      {shows(section, 'resources') && (
        <>
          <ResourcesSection {...form} />
          {advice('resources')}
        </>
      )}
      {shows(section, 'consultation') && (
        <>
          <ConsultationSection {...form} />
          {advice('consultation')}
        </>
      )}
      {shows(section, 'indicators') && (
        <>
          <IndicatorsSection {...form} />
          {advice('indicators')}
        </>
      )}
      {shows(section, 'issues') && <IssuesSection {...form} />}
      {shows(section, 'evaluation') && (
        <>
          <EvaluationSection register={register} />
          {advice('evaluation')}
        </>
      )}
    </form>
  );
}

/** The good-practice advice for one section, worked out from the answers as they stand. */
function SectionGoodPractice({ control, section }: { control: Control<SalesActivityPlanData>; section: string }) {
  const data = usePlan(control);
  return <GoodPracticeNotes items={salesActivityPlanGoodPractice(data)} section={section} />;
}
