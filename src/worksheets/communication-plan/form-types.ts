import type { Control, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { CommunicationPlanData } from './model';

/** What each section component takes from the page's one form. */
export type FormProps = {
  control: Control<CommunicationPlanData>;
  register: UseFormRegister<CommunicationPlanData>;
  getValues: UseFormGetValues<CommunicationPlanData>;
};
