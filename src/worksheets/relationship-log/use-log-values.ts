import { useWatch, type Control } from 'react-hook-form';
import { todayIso } from '../../lib/dates';
import { fieldProblems, type FieldProblems } from './calculations';
import { hasText, type RelationshipLogData } from './model';
import { PERSON_KIND_LABELS } from './labels';

/** The people on the list as select options ("Priya Nair (Colleague in my sales team)"), for the relationships and the challenge. */
export function usePersonOptions(control: Control<RelationshipLogData>, placeholder: string) {
  const people = useWatch({ control, name: 'people' }) ?? [];
  const named = people.filter((p) => p.id && hasText(p.name));
  const options = [
    { value: '', label: named.length ? placeholder : 'Add people in the first section first' },
    ...named.map((p) => ({ value: p.id, label: p.kind ? `${p.name.trim()} (${PERSON_KIND_LABELS[p.kind]})` : p.name.trim() })),
  ];
  return options;
}

/** The plain message at each field, worked out from the answers as they stand. */
export function useFieldProblems(control: Control<RelationshipLogData>): FieldProblems {
  const [people, relationships, challenges] = useWatch({ control, name: ['people', 'relationships', 'challenges'] });
  return fieldProblems({ people: people ?? [], relationships: relationships ?? [], challenges: challenges ?? [] }, todayIso());
}
