import { rowName } from '../../lib/row-name';
import { shortText } from '../../lib/text-list';
import { AREA_LABELS, DIMENSION_LABELS, TOOL_NAMES } from './labels';
import { AREAS, hasText, type Analysis, type InformationAnalysisData, type Need, type Source } from './model';

/**
 * How one row names another it refers to (a source, a piece of information, an analysis, a
 * finding), as selects, tables and the PDF show it. Pure.
 */

/** A source's name, "Source 2" while unnamed, '' when not chosen. */
export const nameOfSource = (sources: readonly Source[], id: string) => rowName(sources, id, 'Source');

/** A piece of information in a few words: "Markets: market size and growth …", '' when not chosen. */
export function nameOfNeed(needs: readonly Need[], id: string): string {
  const index = needs.findIndex((n) => n.id === id);
  if (index < 0) return '';
  const need = needs[index]!;
  const what = shortText(need.what) || `Information ${index + 1}`;
  return need.area ? `${AREA_LABELS[need.area]}: ${what}` : what;
}

/** An analysis by its tool: "Shares by customer", "Trend over time", or the learner's own tool's name. */
export function nameOfAnalysis(analysis: Analysis, index: number): string {
  if (analysis.tool === '') return `Analysis ${index + 1}`;
  if (analysis.tool === 'other') return shortText(analysis.name) || `Analysis ${index + 1}`;
  const base = TOOL_NAMES[analysis.tool];
  return analysis.tool !== 'trend' && analysis.by ? `${base} by ${DIMENSION_LABELS[analysis.by].toLowerCase()}` : base;
}


export type ShownByOption = { value: string; label: string };

/** What a trend or pattern can be shown by: the analyses, then the findings gathered from the sources. */
export function shownByOptions(data: Pick<InformationAnalysisData, 'analyses' | 'findings'>): ShownByOption[] {
  const analyses = data.analyses.filter((a) => a.tool !== '').map((a) => ({ value: a.id, label: `Analysis: ${nameOfAnalysis(a, data.analyses.indexOf(a))}` }));
  const findings = AREAS.flatMap((area) =>
    data.findings[area].flatMap((f, i) => (hasText(f.finding) ? [{ value: f.id, label: `${AREA_LABELS[area]} finding ${i + 1}: ${shortText(f.finding, 50)}` }] : [])),
  );
  return [...analyses, ...findings];
}

/** The name of what shows a trend, '' when it is not (or no longer) there. */
export const nameOfShownBy = (data: Pick<InformationAnalysisData, 'analyses' | 'findings'>, id: string) => shownByOptions(data).find((o) => o.value === id)?.label ?? '';
