import type { Control, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { RelationshipLogData } from './model';

/** What every section of the page is given from the one form. */
export type FormProps = {
  control: Control<RelationshipLogData>;
  register: UseFormRegister<RelationshipLogData>;
  getValues: UseFormGetValues<RelationshipLogData>;
};
