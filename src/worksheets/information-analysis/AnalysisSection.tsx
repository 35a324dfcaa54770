import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { figuresSummary } from './analysis';
import { useAnalysis, type FormProps } from './form';
import { ANALYSIS_NOTE_HINT, ANALYSIS_PROMPT, OTHER_TOOL_HINT } from './guidance';
import { DIMENSION_LABELS, TOOL_LABELS } from './labels';
import { DIMENSIONS, LIST_LIMITS, newAnalysis, TEXT_LIMITS, TOOLS } from './model';
import { nameOfAnalysis } from './references';
import { ToolResult } from './ToolResult';
import { analysisLine } from './fold-lines';

/** AC 3.1: the tools and methods used, each worked out from the figures with its working, and what each showed. */
export function AnalysisSection({ control, register, getValues }: FormProps) {
  const analyses = useFieldArray({ control, name: 'analyses', keyName: 'fieldKey' });
  const data = useAnalysis(control);
  const rows = data.figures.rows;
  return (
    <section aria-labelledby="analysis-heading" className="panel">
      <h2 id="analysis-heading">Tools and methods used to analyse (AC 3.1)</h2>
      <p>{ANALYSIS_PROMPT}</p>
      <p className="info-result">Your figures: {figuresSummary(rows)}</p>
      <RowFieldsets
        rows={analyses.fields}
        name="Analysis"
        addLabel="Add a tool or method"
        fold={{ id: (index) => data.analyses[index]?.id ?? String(index), line: (index) => analysisLine(data.analyses[index], index, rows) }}
        onRemove={(index) => {
          const a = getValues(`analyses.${index}`);
          if (confirmRemove([a.tool, a.name, a.note], `analysis ${index + 1}`)) analyses.remove(index);
        }}
        onAdd={analyses.fields.length < LIST_LIMITS.analyses ? () => analyses.append(newAnalysis()) : undefined}
      >
        {(index) => {
          const analysis = data.analyses[index];
          if (!analysis) return null;
          const needsBy = analysis.tool === 'shares' || analysis.tool === 'pareto' || analysis.tool === 'comparison';
          return (
            <>
              <div className="form-grid info-tool-grid">
                <SelectField label="Tool or method" options={choiceOptions(TOOLS, TOOL_LABELS, { placeholder: 'Choose a tool' })} {...register(`analyses.${index}.tool`)} />
                {needsBy && <SelectField label="Broken down by" options={choiceOptions(DIMENSIONS, DIMENSION_LABELS, { placeholder: 'Choose' })} {...register(`analyses.${index}.by`)} />}
                {analysis.tool === 'other' && <TextField label="Name of the tool or method" hint={OTHER_TOOL_HINT} maxLength={TEXT_LIMITS.short} {...register(`analyses.${index}.name`)} />}
              </div>
              <ToolResult analysis={analysis} rows={rows} title={nameOfAnalysis(analysis, index)} />
              <TextArea label="What it showed" hint={ANALYSIS_NOTE_HINT} rows={3} maxLength={TEXT_LIMITS.answer} {...register(`analyses.${index}.note`)} />
            </>
          );
        }}
      </RowFieldsets>
    </section>
  );
}
