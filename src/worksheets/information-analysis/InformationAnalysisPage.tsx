import { useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { AnalysisSection } from './AnalysisSection';
import { CommunicationSection } from './CommunicationSection';
import { informationAnalysisGoodPractice } from './completeness';
import { FiguresSection } from './FiguresSection';
import { useAnalysis } from './form';
import { GatheredSection } from './GatheredSection';
import { InformationAnalysisSchema, type InformationAnalysisData } from './model';
import { NeedsSection } from './NeedsSection';
import { ReliabilitySection } from './ReliabilitySection';
import { SourcesSection } from './SourcesSection';
import { TrendsSection } from './TrendsSection';
import './information-analysis.css';

export function InformationAnalysisPage({ initialData, onChange, section }: WorksheetPageProps<InformationAnalysisData>) {
  const { register, control, watch, getValues, setValue } = useForm<InformationAnalysisData>({
    defaultValues: initialData,
    resolver: zodResolver(InformationAnalysisSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, InformationAnalysisSchema, onChange);
  const form = { control, register, getValues, setValue };
  const advice = (id: string) => <SectionGoodPractice control={control} section={id} />;

  return (
    <form className="worksheet information-analysis" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'needs') && (
        <>
          <NeedsSection {...form} />
          {advice('needs')}
        </>
      )}
      {shows(section, 'sources') && (
        <>
          <SourcesSection {...form} />
          {advice('sources')}
        </>
      )}
      {shows(section, 'reliability') && <ReliabilitySection {...form} />}
      {shows(section, 'gathered') && (
        <>
          <GatheredSection {...form} />
          {advice('gathered')}
        </>
      )}
      {shows(section, 'figures') && (
        <>
          <FiguresSection {...form} />
          {advice('figures')}
        </>
      )}
      {shows(section, 'analysis') && <AnalysisSection {...form} />}
      {shows(section, 'trends') && <TrendsSection {...form} />}
      {shows(section, 'communication') && (
        <>
          <CommunicationSection {...form} />
          {advice('communication')}
        </>
      )}
    </form>
  );
}

/** The good-practice advice for one section, worked out from the answers as they stand. */
function SectionGoodPractice({ control, section }: { control: Control<InformationAnalysisData>; section: string }) {
  const data = useAnalysis(control);
  return <GoodPracticeNotes items={informationAnalysisGoodPractice(data)} section={section} />;
}
