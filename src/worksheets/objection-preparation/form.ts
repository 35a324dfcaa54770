import type { Control, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { ObjectionPreparationData } from './model';

/** What every section of the page is given from the one form. */
export type FormProps = {
  control: Control<ObjectionPreparationData>;
  register: UseFormRegister<ObjectionPreparationData>;
  getValues: UseFormGetValues<ObjectionPreparationData>;
};
