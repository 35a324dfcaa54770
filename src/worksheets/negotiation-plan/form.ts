import type { Control, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { NegotiationPlanData } from './model';

/** What every section of the page is given from the one form. */
export type FormProps = {
  control: Control<NegotiationPlanData>;
  register: UseFormRegister<NegotiationPlanData>;
  getValues: UseFormGetValues<NegotiationPlanData>;
};
