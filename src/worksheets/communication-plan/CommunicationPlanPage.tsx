import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { OrganisationFields } from '../../ui/OrganisationFields';
import { ActionsSection } from './ActionsSection';
import { AssessorNeeds } from './AssessorNeeds';
import { AudiencesSection } from './AudiencesSection';
import { BarriersSection } from './BarriersSection';
import { ORGANISATION_PROMPT } from './guidance';
import { CommunicationPlanSchema, TEXT_LIMITS, type CommunicationPlanData } from './model';
import { PlanSection } from './PlanSection';
import { PreferencesSection } from './PreferencesSection';
import './communication-plan.css';

export function CommunicationPlanPage({ initialData, onChange, section }: WorksheetPageProps<CommunicationPlanData>) {
  const { register, control, watch, getValues } = useForm<CommunicationPlanData>({
    defaultValues: initialData,
    resolver: zodResolver(CommunicationPlanSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, CommunicationPlanSchema, onChange);
  const form = { control, register, getValues };

  return (
    <form className="worksheet communication-plan" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'organisation') && (
        <section aria-labelledby="organisation-heading" className="panel">
          <h2 id="organisation-heading">The organisation (AC 3.1)</h2>
          <p>{ORGANISATION_PROMPT}</p>
          <AssessorNeeds rules={['organisation']} />
          <OrganisationFields register={register} descriptionLimit={TEXT_LIMITS.answer} />
        </section>
      )}
      {shows(section, 'audiences') && <AudiencesSection {...form} />}
      {shows(section, 'plan') && <PlanSection {...form} />}
      {shows(section, 'preferences') && <PreferencesSection control={control} register={register} />}
      {shows(section, 'actions') && <ActionsSection {...form} />}
      {shows(section, 'barriers') && <BarriersSection {...form} />}
    </form>
  );
}
