import { useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { fieldProblems, type FieldProblems } from './calculations';
import type { MeetingPreparationData, Prospect } from './model';

/** What every section of the page is given from the one form. */
export type FormProps = {
  control: Control<MeetingPreparationData>;
  register: UseFormRegister<MeetingPreparationData>;
  getValues: UseFormGetValues<MeetingPreparationData>;
};

/** The prospects as they stand, and the message at each field whose date cannot be right. */
export function useProspects(control: Control<MeetingPreparationData>): { prospects: Prospect[]; problems: FieldProblems } {
  const prospects = (useWatch({ control, name: 'prospects' }) ?? []);
  return { prospects, problems: fieldProblems({ prospects }) };
}
