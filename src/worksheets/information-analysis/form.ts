import { useWatch, type Control, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { InformationAnalysisData } from './model';

/** What every section of the page is given from the one form. */
export type FormProps = {
  control: Control<InformationAnalysisData>;
  register: UseFormRegister<InformationAnalysisData>;
  getValues: UseFormGetValues<InformationAnalysisData>;
  setValue: UseFormSetValue<InformationAnalysisData>;
};

/** The whole document as it stands, re-read as the learner types (the form starts from a complete document, so every list is there). */
export const useAnalysis = (control: Control<InformationAnalysisData>) => useWatch({ control }) as InformationAnalysisData;
