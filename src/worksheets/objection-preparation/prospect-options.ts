import { useWatch, type Control } from 'react-hook-form';
import { prospectName } from './calculations';
import type { ObjectionPreparationData } from './model';

/** The prospects as they stand, and a select's options for them ("Choose a prospect" first). */
export function useProspectOptions(control: Control<ObjectionPreparationData>, placeholder: string) {
  const prospects = (useWatch({ control, name: 'prospects' }) ?? []);
  const options = [{ value: '', label: placeholder }, ...prospects.map((p) => ({ value: p.id, label: prospectName(prospects, p.id) }))];
  return { prospects, options };
}
