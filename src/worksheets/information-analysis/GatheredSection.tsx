import { useFieldArray } from 'react-hook-form';
import { isIsoDate, todayIso } from '../../lib/dates';
import { TextArea, TextField, SelectField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { useAnalysis, type FormProps } from './form';
import { GATHERED_PROMPT } from './guidance';
import { AREA_LABELS } from './labels';
import { AREAS, hasText, LIST_LIMITS, newFinding, TEXT_LIMITS, type Area, type InformationAnalysisData } from './model';
import { nameOfNeed, nameOfSource } from './references';
import { rankSources } from './reliability';
import { findingLine } from './fold-lines';

/** AC 2.4: what was gathered from the best three sources, in a table per area. */
export function GatheredSection(form: FormProps) {
  const data = useAnalysis(form.control);
  const best = rankSources(data.sources).filter((r) => r.isChosen);
  return (
    <section aria-labelledby="gathered-heading" className="panel">
      <h2 id="gathered-heading">Information gathered from the best three (AC 2.4)</h2>
      <p>{GATHERED_PROMPT}</p>
      {best.length ? (
        <p>
          Your best three sources: <strong>{best.map((r) => r.source.name.trim()).join('; ')}</strong>.
        </p>
      ) : (
        <p className="notice notice--info">Score your sources first (the section before): the best three are chosen from their scores.</p>
      )}
      {AREAS.map((area) => (
        <AreaFindings key={area} {...form} area={area} data={data} bestIds={best.map((r) => r.source.id)} />
      ))}
    </section>
  );
}

function AreaFindings({ control, register, getValues, area, data, bestIds }: FormProps & { area: Area; data: InformationAnalysisData; bestIds: string[] }) {
  const findings = useFieldArray({ control, name: `findings.${area}`, keyName: 'fieldKey' });
  const label = AREA_LABELS[area];
  const sourceOptions = [
    { value: '', label: 'Choose a source' },
    ...bestIds.map((id) => ({ value: id, label: nameOfSource(data.sources, id) })),
    ...data.sources.filter((s) => hasText(s.name) && !bestIds.includes(s.id)).map((s) => ({ value: s.id, label: `${s.name.trim()} (not one of your best three)` })),
  ];
  const needOptions = [{ value: '', label: 'Choose from your list' }, ...data.needs.filter((n) => hasText(n.what)).map((n) => ({ value: n.id, label: nameOfNeed(data.needs, n.id) }))];
  const today = todayIso();
  return (
    <section aria-labelledby={`gathered-${area}`} className="info-area">
      <h3 id={`gathered-${area}`}>{label}</h3>
      <RowFieldsets
        rows={findings.fields}
        name={`${label} finding`}
        addLabel={`Add a finding about ${label.toLowerCase()}`}
        fold={{ id: (index) => data.findings[area][index]?.id ?? String(index), line: (index) => findingLine(data.findings[area][index], data.sources) }}
        onRemove={(index) => {
          const f = getValues(`findings.${area}.${index}`);
          if (confirmRemove([f.finding, f.date], `${label.toLowerCase()} finding ${index + 1}`)) findings.remove(index);
        }}
        onAdd={findings.fields.length < LIST_LIMITS.findings ? () => findings.append(newFinding()) : undefined}
      >
        {(index) => {
          const f = data.findings[area][index];
          const sourceProblem = f && hasText(f.finding) && f.sourceId !== '' && bestIds.length > 0 && !bestIds.includes(f.sourceId) ? 'This is not one of your best three sources: the guidance asks you to gather “from these three sources”.' : undefined;
          const dateProblem = f && isIsoDate(f.date) && f.date > today ? 'This date is in the future: give the day you gathered it.' : undefined;
          return (
            <div className="form-grid form-grid--two">
              <TextArea label="What you found" className="form-grid__wide" rows={3} maxLength={TEXT_LIMITS.answer} {...register(`findings.${area}.${index}.finding`)} />
              <SelectField label="Source" options={sourceOptions} error={sourceProblem} {...register(`findings.${area}.${index}.sourceId`)} />
              <SelectField label="The information it answers" options={needOptions} {...register(`findings.${area}.${index}.needId`)} />
              <TextField label="Date gathered" type="date" error={dateProblem} {...register(`findings.${area}.${index}.date`)} />
            </div>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
