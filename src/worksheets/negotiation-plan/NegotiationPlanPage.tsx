import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { ClosingSection } from './ClosingSection';
import { ConcessionsSection } from './ConcessionsSection';
import { ConductSection } from './ConductSection';
import { GoodPractice } from './GoodPractice';
import { LimitsSection } from './LimitsSection';
import { NegotiationPlanSchema, type NegotiationPlanData } from './model';
import { NegotiationsSection } from './NegotiationsSection';
import { OpportunitiesSection, StrategySection } from './OpportunitiesSection';
import './negotiation-plan.css';

export function NegotiationPlanPage({ initialData, onChange, section }: WorksheetPageProps<NegotiationPlanData>) {
  const { register, control, watch, getValues } = useForm<NegotiationPlanData>({
    defaultValues: initialData,
    resolver: zodResolver(NegotiationPlanSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, NegotiationPlanSchema, onChange);
  const form = { control, register, getValues };

  return (
    <form className="worksheet negotiation-plan" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'negotiations') && <NegotiationsSection {...form} />}
      {shows(section, 'limits') && (
        <>
          <LimitsSection {...form} />
          <GoodPractice control={control} section="limits" />
        </>
      )}
      {shows(section, 'concessions') && (
        <>
          <ConcessionsSection {...form} />
          <GoodPractice control={control} section="concessions" />
        </>
      )}
      {shows(section, 'opportunities') && <OpportunitiesSection {...form} />}
      {shows(section, 'strategy') && <StrategySection {...form} />}
      {shows(section, 'conduct') && <ConductSection {...form} />}
      {shows(section, 'closing') && (
        <>
          <ClosingSection {...form} />
          <GoodPractice control={control} section="closing" />
        </>
      )}
    </form>
  );
}
