import type { Control, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import type { WitnessTestimonyData } from './model';

/** What the sections of the page are given from the one form. */
export type FormProps = {
  control: Control<WitnessTestimonyData>;
  register: UseFormRegister<WitnessTestimonyData>;
};

/** The chosen AC, kept in the page so the list survives moving between sections. */
export type ObservedRows = UseFieldArrayReturn<WitnessTestimonyData, 'observed', 'fieldKey'>;
