import { useFieldArray } from 'react-hook-form';
import { SelectField, TextArea } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { MIN_TRENDS_PER_AREA } from './completeness';
import { useAnalysis, type FormProps } from './form';
import { TREND_HINTS, TRENDS_PROMPT } from './guidance';
import { AREA_LABELS } from './labels';
import { AREAS, LIST_LIMITS, newTrend, TEXT_LIMITS, type Area, type InformationAnalysisData } from './model';
import { shownByOptions } from './references';
import { trendLine } from './fold-lines';

/** AC 3.2: at least six trends and patterns, two per area, each linked to what shows it and the figures. */
export function TrendsSection(form: FormProps) {
  const data = useAnalysis(form.control);
  const options = [{ value: '', label: 'Choose an analysis or finding' }, ...shownByOptions(data)];
  return (
    <section aria-labelledby="trends-heading" className="panel">
      <h2 id="trends-heading">Trends and patterns (AC 3.2)</h2>
      <p>{TRENDS_PROMPT}</p>
      {options.length === 1 && <p className="notice notice--info">Choose your tools (the section before) or record what you gathered: a trend is linked to the analysis or finding that shows it.</p>}
      {AREAS.map((area) => (
        <AreaTrends key={area} {...form} area={area} data={data} options={options} />
      ))}
    </section>
  );
}

function AreaTrends({ control, register, getValues, area, data, options }: FormProps & { area: Area; data: InformationAnalysisData; options: Array<{ value: string; label: string }> }) {
  const trends = useFieldArray({ control, name: `trends.${area}`, keyName: 'fieldKey' });
  const label = AREA_LABELS[area];
  return (
    <section aria-labelledby={`trends-${area}`} className="info-area">
      <h3 id={`trends-${area}`}>
        {label} <span className="info-muted">(at least {MIN_TRENDS_PER_AREA})</span>
      </h3>
      <RowFieldsets
        rows={trends.fields}
        name={`${label} trend`}
        addLabel={`Add a trend or pattern about ${label.toLowerCase()}`}
        fold={{ id: (index) => data.trends[area][index]?.id ?? String(index), line: (index) => trendLine(data.trends[area][index]) }}
        onRemove={(index) => {
          const t = getValues(`trends.${area}.${index}`);
          if (confirmRemove([t.statement, t.figures], `${label.toLowerCase()} trend ${index + 1}`)) trends.remove(index);
        }}
        onAdd={trends.fields.length < LIST_LIMITS.trends ? () => trends.append(newTrend()) : undefined}
      >
        {(index) => {
          const t = data.trends[area][index];
          const gone = t && t.shownBy !== '' && !options.some((o) => o.value === t.shownBy) ? 'What showed this has been removed or emptied: choose again.' : undefined;
          return (
            <div className="form-grid form-grid--two">
              <TextArea label="The trend or pattern" hint={TREND_HINTS.statement} className="form-grid__wide" rows={2} maxLength={TEXT_LIMITS.item} {...register(`trends.${area}.${index}.statement`)} />
              <SelectField label="Shown by" options={options} error={gone} {...register(`trends.${area}.${index}.shownBy`)} />
              <TextArea label="The figures that show it" hint={TREND_HINTS.figures} rows={2} maxLength={TEXT_LIMITS.item} {...register(`trends.${area}.${index}.figures`)} />
            </div>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
