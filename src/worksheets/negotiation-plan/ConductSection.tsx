import { useId } from 'react';
import { TextArea } from '../../ui/fields';
import { ObserverFields } from '../../ui/ObserverFields';
import { CloseList } from './CloseList';
import { EachNegotiation } from './EachNegotiation';
import type { FormProps } from './form';
import { CONDUCT_HINTS, CONDUCT_PROMPT } from './guidance';
import { TEXT_LIMITS, type Negotiation } from './model';
import { CONDUCT_PARTS } from './completeness';
import { formatDate } from '../../lib/dates';

/** A negotiation's finished conduct record in one line: when, who observed, and how many micro closes. */
const conductLine = (n: Negotiation) =>
  `Observed on ${formatDate(n.observed.date)} by ${n.observed.observerName.trim()}; every part written, with ${n.observed.microCloses.filter((c) => c.said.trim()).length} micro closes.`;

/** AC 2.2–2.7: the observation record of how each negotiation was conducted, completed with the observer. */
export function ConductSection(form: FormProps) {
  const { control, register } = form;
  return (
    <section aria-labelledby="conduct-heading" className="panel">
      <h2 id="conduct-heading">Observed: conducting the negotiation (AC 2.2–2.7)</h2>
      <p>{CONDUCT_PROMPT}</p>
      <EachNegotiation control={control} fold={{ section: 'conduct', parts: CONDUCT_PARTS, line: conductLine }}>
        {(index) => {
          const path = `negotiations.${index}.observed` as const;
          const area = (key: keyof typeof CONDUCT_HINTS & ('winWin' | 'questionsAsked' | 'needsMatched' | 'verbalSignals' | 'nonVerbalSignals'), label: string) => (
            <TextArea label={label} hint={CONDUCT_HINTS[key]} rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.${key}`)} />
          );
          return (
            <>
              <ObserverFields field={(name) => register(`${path}.${name}`)} what="negotiation" className="negotiation-grid" />
              <ExternalObserver register={form.register} index={index} />
              {area('winWin', 'How you created a win-win (AC 2.4)')}
              {area('questionsAsked', 'Questions you asked about the cross- and up-selling opportunities (AC 2.3)')}
              {area('needsMatched', 'How you matched products or services to the customer’s needs (AC 2.5)')}
              {area('verbalSignals', 'Verbal buying signals, and how you responded (AC 2.6)')}
              {area('nonVerbalSignals', 'Non-verbal buying signals, and how you responded (AC 2.6)')}
              <h3 className="negotiation-subheading">Micro closes (AC 2.7)</h3>
              <CloseList {...form} index={index} kind="microCloses" name="Micro close" hint={CONDUCT_HINTS.microCloses} />
            </>
          );
        }}
      </EachNegotiation>
    </section>
  );
}

function ExternalObserver({ register, index }: Pick<FormProps, 'register'> & { index: number }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" {...register(`negotiations.${index}.observed.isObserverExternal`)} />
      <label htmlFor={id}>The observer is from outside my organisation (an external trainer, tutor, coach or mentor)</label>
    </div>
  );
}
