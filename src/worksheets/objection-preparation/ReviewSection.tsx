import { useFieldArray, useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { FoldedFieldset } from '../../ui/Fold';
import { lineWhenWritten, shortText } from '../../lib/text-list';
import { formatDate, isIsoDate } from '../../lib/dates';
import { timesProblem } from './calculations';
import type { FormProps } from './form';
import { RemoveButton } from './RemoveButton';
import { FrequencyPanel } from './FrequencyPanel';
import { CONCERNS_PROMPT, PREVIOUS_PROMPT, REVIEW_PROMPT, SOURCES_HINT } from './guidance';
import { SOURCE_KIND_LABELS } from './labels';
import { hasText, LIST_LIMITS, newConcern, newPreviousObjection, newSource, SOURCE_KINDS, TEXT_LIMITS, type Concern, type ReviewSource } from './model';

/** AC 2.2: previous objections from colleagues and records, grouped into common concerns with how often each came up. */
export function ReviewSection(form: FormProps) {
  return (
    <section aria-labelledby="review-heading" className="panel">
      <h2 id="review-heading">Review of previous objections (AC 2.2)</h2>
      <p>{REVIEW_PROMPT}</p>
      <SourceList {...form} />
      <ConcernList {...form} />
      <PreviousList {...form} />
      <FrequencyPanel control={form.control} />
      <TextArea label="What the review showed, and how it shaped your preparation" rows={4} maxLength={TEXT_LIMITS.answer} {...form.register('reviewFindings')} />
    </section>
  );
}

/** A finished source in one line, e.g. "Colleague, 3 March 2026: Priya Shah, senior account manager." */
function sourceLine(source: ReviewSource | undefined): string | null {
  if (!source || !source.kind || !isIsoDate(source.date) || !hasText(source.who) || !hasText(source.learned)) return null;
  return `${SOURCE_KIND_LABELS[source.kind]}, ${formatDate(source.date)}: ${shortText(source.who)}.`;
}

/** A finished concern in one line: the concern, and that a response is written. */
const concernLine = (concern: Concern | undefined): string | null =>
  concern && hasText(concern.concern) && hasText(concern.response) ? `${shortText(concern.concern)}. Response written.` : null;

function SourceList({ control, register, getValues }: FormProps) {
  const sources = useFieldArray({ control, name: 'sources', keyName: 'fieldKey' });
  const values = useWatch({ control, name: 'sources' }) as ReviewSource[] | undefined;
  return (
    <>
      <h3>Colleagues consulted and records reviewed</h3>
      {sources.fields.map((field, index) => (
        <FoldedFieldset key={field.fieldKey} itemId={field.id} title={`Source ${index + 1}`} buttonName={`source ${index + 1}`} line={sourceLine(values?.[index])}>
          <div className="form-grid objection-grid">
            <SelectField label="Kind of source" options={choiceOptions(SOURCE_KINDS, SOURCE_KIND_LABELS, { placeholder: 'Choose' })} {...register(`sources.${index}.kind`)} />
            <TextField label="Date" type="date" {...register(`sources.${index}.date`)} />
            <TextField label="Who or what" hint={SOURCES_HINT} className="form-grid__wide" maxLength={TEXT_LIMITS.short} {...register(`sources.${index}.who`)} />
            <TextArea label="What it showed" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`sources.${index}.learned`)} />
          </div>
          <RemoveButton
            what={`source ${index + 1}`}
            written={() => {
              const s = getValues(`sources.${index}`);
              return [s.who, s.learned];
            }}
            onRemove={() => sources.remove(index)}
          />
        </FoldedFieldset>
      ))}
      {sources.fields.length < LIST_LIMITS.sources && (
        <button type="button" className="button" onClick={() => sources.append(newSource())}>
          Add a source
        </button>
      )}
    </>
  );
}

function ConcernList({ control, register, getValues }: FormProps) {
  const concerns = useFieldArray({ control, name: 'concerns', keyName: 'fieldKey' });
  const values = useWatch({ control, name: 'concerns' }) as Concern[] | undefined;
  return (
    <>
      <h3>Common underlying concerns</h3>
      <p className="field__hint">{CONCERNS_PROMPT}</p>
      {concerns.fields.map((field, index) => (
        <FoldedFieldset key={field.fieldKey} itemId={field.id} title={`Concern ${index + 1}`} buttonName={`concern ${index + 1}`} line={concernLine(values?.[index])}>
          <div className="form-grid objection-grid">
            <TextField label="The common underlying concern" maxLength={TEXT_LIMITS.short} {...register(`concerns.${index}.concern`)} />
            <TextArea label="Your response to this concern" rows={3} maxLength={TEXT_LIMITS.item} {...register(`concerns.${index}.response`)} />
          </div>
          <RemoveButton
            what={`concern ${index + 1}`}
            written={() => {
              const c = getValues(`concerns.${index}`);
              return [c.concern, c.response];
            }}
            onRemove={() => concerns.remove(index)}
          />
        </FoldedFieldset>
      ))}
      {concerns.fields.length < LIST_LIMITS.concerns && (
        <button type="button" className="button" onClick={() => concerns.append(newConcern())}>
          Add a concern
        </button>
      )}
    </>
  );
}

function PreviousList(form: FormProps) {
  const previous = useFieldArray({ control: form.control, name: 'previous', keyName: 'fieldKey' });
  const sources = useWatch({ control: form.control, name: 'sources' }) as ReviewSource[] | undefined;
  const concerns = useWatch({ control: form.control, name: 'concerns' }) as Concern[] | undefined;
  const named = (sources ?? []).filter((s) => hasText(s.who));
  const sourceOptions = [{ value: '', label: named.length ? 'Choose a source' : 'Add a source above first' }, ...named.map((s) => ({ value: s.id, label: s.who.trim() }))];
  const groups = (concerns ?? []).filter((c) => hasText(c.concern));
  const concernOptions = [{ value: '', label: groups.length ? 'Choose a concern' : 'Add a concern above first' }, ...groups.map((c) => ({ value: c.id, label: c.concern.trim() }))];
  return (
    <>
      <h3>Objections from previous sales conversations</h3>
      <p className="field__hint">{PREVIOUS_PROMPT}</p>
      {previous.fields.map((field, index) => (
        <PreviousRow key={field.fieldKey} {...form} index={index} sourceOptions={sourceOptions} concernOptions={concernOptions} onRemove={() => previous.remove(index)} />
      ))}
      {previous.fields.length < LIST_LIMITS.previous && (
        <button type="button" className="button" onClick={() => previous.append(newPreviousObjection())}>
          Add a previous objection
        </button>
      )}
    </>
  );
}

type Option = { value: string; label: string };

/** One previous objection; re-renders on its own as its count is typed, so its message is always current. */
function PreviousRow({ control, register, getValues, index, sourceOptions, concernOptions, onRemove }: FormProps & { index: number; sourceOptions: Option[]; concernOptions: Option[]; onRemove(): void }) {
  const said = useWatch({ control, name: `previous.${index}.said` });
  const times = useWatch({ control, name: `previous.${index}.times` });
  const concernId = useWatch({ control, name: `previous.${index}.concernId` });
  const sourceId = useWatch({ control, name: `previous.${index}.sourceId` });
  const id = useWatch({ control, name: `previous.${index}.id` });
  const isConcernMissing = concernId !== '' && concernId !== undefined && !concernOptions.some((o) => o.value === concernId);
  const concern = concernOptions.find((o) => o.value === concernId && o.value !== '')?.label;
  const line = concern && !timesProblem({ said: said ?? '', times: times ?? '' }) ? lineWhenWritten([said, sourceId, times], () => `“${shortText(said ?? '')}” ${times?.trim()} times: ${shortText(concern, 40)}.`) : null;
  return (
    <FoldedFieldset itemId={id ?? String(index)} title={`Previous objection ${index + 1}`} buttonName={`previous objection ${index + 1}`} line={line}>
      <div className="form-grid objection-grid">
        <TextArea label="The objection raised" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`previous.${index}.said`)} />
        <SelectField label="Where it came from" options={sourceOptions} {...register(`previous.${index}.sourceId`)} />
        <TextField label="Times it came up" inputMode="numeric" maxLength={TEXT_LIMITS.number} error={timesProblem({ said: said ?? '', times: times ?? '' })} {...register(`previous.${index}.times`)} />
        <SelectField
          label="Common underlying concern"
          options={concernOptions}
          error={isConcernMissing ? 'The concern chosen is no longer in your list: choose again.' : undefined}
          {...register(`previous.${index}.concernId`)}
        />
      </div>
      <RemoveButton what={`previous objection ${index + 1}`} written={() => [getValues(`previous.${index}.said`)]} onRemove={onRemove} />
    </FoldedFieldset>
  );
}
