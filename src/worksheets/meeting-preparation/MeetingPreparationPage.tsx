import { useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { TextArea } from '../../ui/fields';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { OrganisationFields } from '../../ui/OrganisationFields';
import { meetingPreparationGoodPractice } from './completeness';
import { DialogueSection } from './DialogueSection';
import { OFFER_HINT, ORGANISATION_PROMPT } from './guidance';
import { MeetingsSection } from './MeetingsSection';
import { MeetingPreparationSchema, TEXT_LIMITS, type MeetingPreparationData } from './model';
import { NeedsSection } from './NeedsSection';
import { ProspectsSection } from './ProspectsSection';
import './meeting-preparation.css';

export function MeetingPreparationPage({ initialData, onChange, section }: WorksheetPageProps<MeetingPreparationData>) {
  const { register, control, watch, getValues } = useForm<MeetingPreparationData>({
    defaultValues: initialData,
    resolver: zodResolver(MeetingPreparationSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, MeetingPreparationSchema, onChange);
  const form = { control, register, getValues };

  return (
    <form className="worksheet meeting-preparation" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'organisation') && (
        <section aria-labelledby="organisation-heading" className="panel">
          <h2 id="organisation-heading">Your organisation and what it offers (AC 2.3)</h2>
          <p>{ORGANISATION_PROMPT}</p>
          <OrganisationFields register={register} descriptionLimit={TEXT_LIMITS.answer} />
          <TextArea label="The products or services it offers" hint={OFFER_HINT} rows={4} maxLength={TEXT_LIMITS.answer} {...register('offer')} />
        </section>
      )}
      {shows(section, 'prospects') && (
        <>
          <ProspectsSection {...form} />
          <SectionGoodPractice control={control} section="prospects" />
        </>
      )}
      {shows(section, 'meetings') && <MeetingsSection {...form} />}
      {shows(section, 'needs') && (
        <>
          <NeedsSection {...form} />
          <SectionGoodPractice control={control} section="needs" />
        </>
      )}
      {shows(section, 'dialogue') && (
        <>
          <DialogueSection {...form} />
          <SectionGoodPractice control={control} section="dialogue" />
        </>
      )}
    </form>
  );
}

/** The good-practice advice for one section, worked out from the answers as they stand. */
function SectionGoodPractice({ control, section }: { control: Control<MeetingPreparationData>; section: string }) {
  const values = useWatch({ control });
  const parsed = MeetingPreparationSchema.safeParse(values);
  return parsed.success ? <GoodPracticeNotes items={meetingPreparationGoodPractice(parsed.data)} section={section} /> : null;
}
