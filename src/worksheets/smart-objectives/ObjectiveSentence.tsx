import { useWatch, type Control } from 'react-hook-form';
import { objectiveSentence } from './compose';
import { ObjectiveSchema, type SmartData } from './model';

/**
 * One objective's sentence, read-only, so a section away from the objectives (development parts,
 * reviews) shows which objective the learner is working on. Re-renders on its own.
 */
export function ObjectiveSentence({ control, index }: { control: Control<SmartData>; index: number }) {
  const values = useWatch({ control, name: `objectives.${index}` });
  const parsed = ObjectiveSchema.safeParse(values);
  const sentence = parsed.success ? objectiveSentence(parsed.data) : '';
  return <p className="smart-objective__sentence">{sentence === '' ? 'Not written yet: say what you will do in “Your SMART objectives”.' : sentence}</p>;
}
