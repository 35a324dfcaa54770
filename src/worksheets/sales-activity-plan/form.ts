import { useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import type { SalesActivityPlanData } from './model';

/** What every section of the page is given from the one form. */
export type FormProps = {
  control: Control<SalesActivityPlanData>;
  register: UseFormRegister<SalesActivityPlanData>;
  getValues: UseFormGetValues<SalesActivityPlanData>;
};

/** The whole document as it stands, re-read as the learner types (the form starts from a complete document, so every list is there). */
export const usePlan = (control: Control<SalesActivityPlanData>) => useWatch({ control }) as SalesActivityPlanData;
