import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { useAnalysis, type FormProps } from './form';
import { BENEFITS_HINT, PROVIDES_HINT, SOURCES_PROMPT } from './guidance';
import { SOURCE_KIND_LABELS, SOURCE_TYPE_LABELS } from './labels';
import { blankScores, hasText, LIST_LIMITS, newSource, SOURCE_KINDS, SOURCE_TYPES, TEXT_LIMITS } from './model';
import { nameOfNeed } from './references';
import { sourceLine } from './fold-lines';

/** AC 2.2: at least five potential sources, each tied to the information it could provide. */
export function SourcesSection({ control, register, getValues }: FormProps) {
  const sources = useFieldArray({ control, name: 'sources', keyName: 'fieldKey' });
  const data = useAnalysis(control);
  const needIds = new Set(data.needs.map((n) => n.id));
  const needOptions = [{ value: '', label: 'Choose from your list' }, ...data.needs.filter((n) => hasText(n.what)).map((n) => ({ value: n.id, label: nameOfNeed(data.needs, n.id) }))];
  return (
    <section aria-labelledby="sources-heading" className="panel">
      <h2 id="sources-heading">Potential sources of information (AC 2.2)</h2>
      <p>{SOURCES_PROMPT}</p>
      <RowFieldsets
        rows={sources.fields}
        name="Source"
        fold={{ id: (index) => data.sources[index]?.id ?? String(index), line: (index) => sourceLine(data.sources[index], needIds) }}
        onRemove={(index) => {
          const s = getValues(`sources.${index}`);
          if (confirmRemove([s.name, s.provides, s.benefitsRisks, ...Object.values(s.scores ?? blankScores()).map((c) => c.reason)], `source ${index + 1}`)) sources.remove(index);
        }}
        onAdd={sources.fields.length < LIST_LIMITS.sources ? () => sources.append(newSource()) : undefined}
      >
        {(index) => {
          const source = data.sources[index];
          const needProblem = source && hasText(source.name) && source.needId !== '' && !data.needs.some((n) => n.id === source.needId) ? 'That piece of information has been removed: choose again.' : undefined;
          return (
            <div className="form-grid form-grid--two">
              <TextField label="Name of the source" maxLength={TEXT_LIMITS.short} {...register(`sources.${index}.name`)} />
              <SelectField label="Internal or external" options={choiceOptions(SOURCE_KINDS, SOURCE_KIND_LABELS, { placeholder: 'Choose' })} {...register(`sources.${index}.kind`)} />
              <SelectField label="Kind of source" options={choiceOptions(SOURCE_TYPES, SOURCE_TYPE_LABELS, { placeholder: 'Choose a kind' })} {...register(`sources.${index}.type`)} />
              <SelectField label="The information it could provide" options={needOptions} error={needProblem} {...register(`sources.${index}.needId`)} />
              <TextArea label="What it could tell you" hint={PROVIDES_HINT} rows={2} maxLength={TEXT_LIMITS.item} {...register(`sources.${index}.provides`)} />
              <TextArea label="Benefits and risks of using it (good practice)" hint={BENEFITS_HINT} rows={2} maxLength={TEXT_LIMITS.item} {...register(`sources.${index}.benefitsRisks`)} />
            </div>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
