import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { AccountsSection } from './AccountsSection';
import { witnessTestimonyGoodPractice } from './completeness';
import { WitnessTestimonySchema, type WitnessTestimonyData } from './model';
import { ObservationSection } from './ObservationSection';
import { SignOffSection } from './SignOffSection';
import { UnitSection } from './UnitSection';
import { WitnessSection } from './WitnessSection';
import './witness-testimony.css';

export function WitnessTestimonyPage({ initialData, onChange, section }: WorksheetPageProps<WitnessTestimonyData>) {
  const { register, control, watch } = useForm<WitnessTestimonyData>({ defaultValues: initialData, resolver: zodResolver(WitnessTestimonySchema), mode: 'onChange' });
  const { saveProblem } = useAutosave(watch, WitnessTestimonySchema, onChange);
  const rows = useFieldArray({ control, name: 'observed', keyName: 'fieldKey' });
  const form = { control, register };

  return (
    <form className="worksheet witness-testimony" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'unit') && (
        <>
          <UnitSection {...form} rows={rows} />
          <SectionGoodPractice control={control} section="unit" />
        </>
      )}
      {shows(section, 'witness') && (
        <>
          <WitnessSection {...form} />
          <SectionGoodPractice control={control} section="witness" />
        </>
      )}
      {shows(section, 'observation') && (
        <>
          <ObservationSection {...form} />
          <SectionGoodPractice control={control} section="observation" />
        </>
      )}
      {shows(section, 'accounts') && <AccountsSection {...form} rows={rows} />}
      {shows(section, 'sign-off') && <SignOffSection {...form} />}
    </form>
  );
}

/** The good-practice advice for one section, worked out from the answers as they stand. */
function SectionGoodPractice({ control, section }: { control: Control<WitnessTestimonyData>; section: string }) {
  const values = useWatch({ control });
  const parsed = WitnessTestimonySchema.safeParse(values);
  if (!parsed.success) return null;
  return <GoodPracticeNotes items={witnessTestimonyGoodPractice(parsed.data)} section={section} />;
}
