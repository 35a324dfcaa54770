import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { newId } from '../../lib/ids';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { TextArea, TextField } from '../../ui/fields';
import { OrganisationFields } from '../../ui/OrganisationFields';
import { priorityChartRows } from './chart-data';
import { directionLabel, HEADING_LABELS, headingLabel } from './labels';
import { ForceFields } from './ForceFields';
import { HEADING_PROMPTS, INTERNAL_PROMPT, RATING_HELP } from './guidance';
import {
  newExternalFactor,
  newInternalForce,
  PESTLE_HEADINGS,
  PestleSchema,
  TEXT_LIMITS,
  type Force,
  type PestleData,
} from './model';
import { rankForces } from './calculations';
import { ScrollBox } from '../../ui/ScrollBox';
import { lazyChart } from '../../ui/lazy-chart';

const PriorityChart = lazyChart(async () => (await import('./PriorityChart')).PriorityChart);

const hasContent = (force: Force) =>
  [force.factor, force.evidence, force.impact, force.salesImplication].some((t) => t.trim() !== '');

const confirmRemove = (force: Force | undefined) =>
  !force || !hasContent(force) || window.confirm('Remove this force and everything written in it?');

export function PestlePage({ initialData, onChange, section }: WorksheetPageProps<PestleData>) {
  const { register, control, watch, getValues } = useForm<PestleData>({
    defaultValues: initialData,
    resolver: zodResolver(PestleSchema),
    mode: 'onChange',
  });
  const internal = useFieldArray({ control, name: 'internal', keyName: 'fieldKey' });
  const external = useFieldArray({ control, name: 'external', keyName: 'fieldKey' });

  const { saveProblem } = useAutosave(watch, PestleSchema, onChange);

  return (
    <form className="worksheet" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'organisation') && (
        <section aria-labelledby="organisation-heading" className="panel">
          <h2 id="organisation-heading">The organisation</h2>
          <p>Analyse one organisation: the one you work for, or a case study your centre has given you.</p>
          <OrganisationFields register={register} descriptionLimit={TEXT_LIMITS.answer}>
            <TextField label="Time frame of the analysis" hint="For example: the next two years." maxLength={TEXT_LIMITS.short} {...register('timeFrame')} />
          </OrganisationFields>
        </section>
      )}

      {shows(section, 'internal') && (
        <section aria-labelledby="internal-heading" className="panel">
          <h2 id="internal-heading">Internal forces (AC 2.1)</h2>
          <p>{INTERNAL_PROMPT}</p>
          <p className="field__hint">{RATING_HELP}</p>
          {internal.fields.map((field, index) => (
            <ForceFields
              key={field.fieldKey}
              register={register}
              list="internal"
              index={index}
              title={`Internal force ${index + 1}`}
              onRemove={() => confirmRemove(getValues(`internal.${index}`)) && internal.remove(index)}
            />
          ))}
          <button type="button" className="button" onClick={() => internal.append(newInternalForce(newId()))}>
            Add an internal force
          </button>
        </section>
      )}

      {shows(section, 'external') && (
        <section aria-labelledby="external-heading" className="panel">
          <h2 id="external-heading">External forces: the PESTLE analysis (AC 2.2, 2.3)</h2>
          <p>
            Add at least one factor under each of the six headings. For each, say what it is, where the evidence comes
            from, its impact on the organisation and what it means for sales. Good practice (the unit does not ask for
            it): say whether it is an opportunity or a threat, and how big and how likely it is, so the factors can be
            ranked.
          </p>
          {PESTLE_HEADINGS.map((heading) => {
            const guidance = HEADING_PROMPTS[heading];
            const entries = external.fields
              .map((field, index) => ({ field, index }))
              .filter(({ field }) => field.heading === heading);
            return (
              <section key={heading} className="pestle-heading" aria-labelledby={`heading-${heading}`}>
                <h3 id={`heading-${heading}`}>{HEADING_LABELS[heading]}</h3>
                <p className="pestle-heading__question">{guidance.question}</p>
                <p className="field__hint">Think about: {guidance.prompts.join('; ')}.</p>
                {entries.map(({ field, index }, position) => (
                  <ForceFields
                    key={field.fieldKey}
                    register={register}
                    list="external"
                    index={index}
                    title={`${HEADING_LABELS[heading]} factor ${position + 1}`}
                    onRemove={() => confirmRemove(getValues(`external.${index}`)) && external.remove(index)}
                  />
                ))}
                <button type="button" className="button" onClick={() => external.append(newExternalFactor(newId(), heading))}>
                  Add {/^[AEIOU]/.test(HEADING_LABELS[heading]) ? 'an' : 'a'} {HEADING_LABELS[heading]} factor
                </button>
              </section>
            );
          })}
        </section>
      )}

      {shows(section, 'summary') && (
        <>
          <PrioritySection control={control} />
          <section aria-labelledby="summary-heading" className="panel">
            <h2 id="summary-heading">Summary</h2>
            <p className="field__hint">Good practice: L3B2 does not ask for a summary, but it shows the assessor what the analysis means.</p>
            <p>Sum up what the analysis shows: the key opportunities and threats, and what the sales team should do about them.</p>
            <SummaryFields register={register} />
          </section>
        </>
      )}
    </form>
  );
}

function SummaryFields({ register }: { register: UseFormRegister<PestleData> }) {
  return (
    <div className="form-grid">
      <TextArea label="Key opportunities" rows={5} className="form-grid__wide" maxLength={TEXT_LIMITS.summary} {...register('summary.opportunities')} />
      <TextArea label="Key threats" rows={5} className="form-grid__wide" maxLength={TEXT_LIMITS.summary} {...register('summary.threats')} />
    </div>
  );
}

/** Re-renders on its own as the learner types, so the form itself stays fast. */
function PrioritySection({ control }: { control: Control<PestleData> }) {
  const values = useWatch({ control });
  const parsed = PestleSchema.safeParse(values);
  const ranked = parsed.success ? rankForces(parsed.data) : [];
  return (
    <section aria-labelledby="priority-heading" className="panel">
      <h2 id="priority-heading">Priorities</h2>
      <p>Every rated force, ranked by impact × likelihood. Focus the summary on the top of this list.</p>
      {ranked.length === 0 ? (
        <p>Rate the impact and likelihood of your forces to see them ranked here.</p>
      ) : (
        <>
          <ScrollBox label="Forces ranked by priority (scrolls sideways)">
            <table className="data-table">
              <caption className="visually-hidden">Forces ranked by priority</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Force</th>
                  <th scope="col">Heading</th>
                  <th scope="col">Opportunity or threat</th>
                  <th scope="col">Impact × likelihood</th>
                  <th scope="col">Priority</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map(({ force, rank, score, kind }) => (
                  <tr key={force.id}>
                    <td>{rank}</td>
                    <td>{force.factor}</td>
                    <td>
                      {headingLabel(force)}
                      {kind === 'internal' ? ' (internal)' : ''}
                    </td>
                    <td>{directionLabel(force)}</td>
                    <td>
                      {force.impactRating} × {force.likelihood}
                    </td>
                    <td>{score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {parsed.success && <PriorityChart rows={priorityChartRows(parsed.data)} />}
        </>
      )}
    </section>
  );
}
