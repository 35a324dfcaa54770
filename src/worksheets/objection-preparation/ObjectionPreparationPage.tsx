import { useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { objectionPreparationGoodPractice } from './completeness';
import { MindsetSection } from './MindsetSection';
import { ObjectionPreparationSchema, type ObjectionPreparationData } from './model';
import { ObjectionsSection } from './ObjectionsSection';
import { ObservationsSection } from './ObservationsSection';
import { ProspectsSection } from './ProspectsSection';
import { ReviewSection } from './ReviewSection';
import './objection-preparation.css';

export function ObjectionPreparationPage({ initialData, onChange, section }: WorksheetPageProps<ObjectionPreparationData>) {
  const { register, control, watch, getValues } = useForm<ObjectionPreparationData>({
    defaultValues: initialData,
    resolver: zodResolver(ObjectionPreparationSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, ObjectionPreparationSchema, onChange);
  const form = { control, register, getValues };

  return (
    <form className="worksheet objection-preparation" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'prospects') && <ProspectsSection {...form} />}
      {shows(section, 'objections') && (
        <>
          <ObjectionsSection {...form} />
          <SectionGoodPractice control={control} section="objections" />
        </>
      )}
      {shows(section, 'previous-objections') && (
        <>
          <ReviewSection {...form} />
          <SectionGoodPractice control={control} section="previous-objections" />
        </>
      )}
      {shows(section, 'mindset') && (
        <>
          <MindsetSection {...form} />
          <SectionGoodPractice control={control} section="mindset" />
        </>
      )}
      {shows(section, 'observations') && <ObservationsSection {...form} />}
    </form>
  );
}

/** The good-practice advice for one section, worked out from the answers as they stand. */
function SectionGoodPractice({ control, section }: { control: Control<ObjectionPreparationData>; section: string }) {
  const values = useWatch({ control });
  const parsed = ObjectionPreparationSchema.safeParse(values);
  return parsed.success ? <GoodPracticeNotes items={objectionPreparationGoodPractice(parsed.data)} section={section} className="objection-good-practice" /> : null;
}
