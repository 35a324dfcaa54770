import { useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { todayIso } from '../../lib/dates';
import { shows } from '../../lib/sections';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { ChallengeSection } from './ChallengeSection';
import { relationshipLogGoodPractice } from './completeness';
import { MapSection } from './MapSection';
import { RelationshipLogSchema, type RelationshipLogData } from './model';
import { PeopleSection } from './PeopleSection';
import { RelationshipsSection } from './RelationshipsSection';
import './relationship-log.css';

export function RelationshipLogPage({ initialData, onChange, section }: WorksheetPageProps<RelationshipLogData>) {
  const { register, control, watch, getValues } = useForm<RelationshipLogData>({
    defaultValues: initialData,
    resolver: zodResolver(RelationshipLogSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, RelationshipLogSchema, onChange);
  const form = { control, register, getValues };

  return (
    <form className="worksheet relationship-log" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'people') && <PeopleSection {...form} />}
      {shows(section, 'map') && (
        <>
          <MapSection control={control} register={register} />
          <SectionGoodPractice control={control} section="map" />
        </>
      )}
      {shows(section, 'relationships') && (
        <>
          <RelationshipsSection {...form} />
          <SectionGoodPractice control={control} section="relationships" />
        </>
      )}
      {shows(section, 'challenge') && (
        <>
          <ChallengeSection {...form} />
          <SectionGoodPractice control={control} section="challenge" />
        </>
      )}
    </form>
  );
}

/** The good-practice advice for one section, worked out from the answers as they stand. */
function SectionGoodPractice({ control, section }: { control: Control<RelationshipLogData>; section: string }) {
  const values = useWatch({ control });
  const parsed = RelationshipLogSchema.safeParse(values);
  if (!parsed.success) return null;
  return <GoodPracticeNotes items={relationshipLogGoodPractice(parsed.data, todayIso())} section={section} />;
}
