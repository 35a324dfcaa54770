import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { TextArea, TextField } from '../../ui/fields';
import { ANSWER_PROMPT, SITUATION_PROMPT } from './guidance';
import { WitnessTestimonySchema, TEXT_LIMITS, type WitnessTestimonyData } from './model';

export function WitnessTestimonyPage({ initialData, onChange, section }: WorksheetPageProps<WitnessTestimonyData>) {
  const { register, watch } = useForm<WitnessTestimonyData>({ defaultValues: initialData, resolver: zodResolver(WitnessTestimonySchema), mode: 'onChange' });
  const { saveProblem } = useAutosave(watch, WitnessTestimonySchema, onChange);

  return (
    <form className="worksheet" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'situation') && (
        <section aria-labelledby="situation-heading" className="panel">
          <h2 id="situation-heading">The situation</h2>
          <p>{SITUATION_PROMPT}</p>
          <TextField label="Organisation or situation" maxLength={TEXT_LIMITS.short} {...register('situation')} />
        </section>
      )}
      {shows(section, 'answer') && (
        <section aria-labelledby="answer-heading" className="panel">
          <h2 id="answer-heading">Your answer (AC 1.1)</h2>
          <TextArea label="Answer" hint={ANSWER_PROMPT} maxLength={TEXT_LIMITS.answer} {...register('answer')} />
        </section>
      )}
    </form>
  );
}
