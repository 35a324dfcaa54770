/**
 * A finished row of the analysis folded to one line on its section's page (ui/Fold): the key
 * answers in a few words. Null while the row is not finished, so it stays open. "Finished" is what
 * the section's rule counts (completeness.ts), so a folded row never hides work still to do.
 */
import { formatDate, isIsoDate } from '../../lib/dates';
import { shortText } from '../../lib/text-list';
import { isUsedTool } from './completeness';
import { isAssessedSource, isIdentifiedSource, isRecordedTrend, type Analysis, type Finding, type SalesRow, type Source, type Trend } from './model';
import { nameOfAnalysis, nameOfSource } from './references';
import { sourceScore } from './reliability';

/** "CRM sales report (internal): monthly sales by region…" once named, sorted and tied to a need. */
export const sourceLine = (source: Source | undefined, needIds: ReadonlySet<string>): string | null =>
  source && isIdentifiedSource(source) && needIds.has(source.needId)
    ? `${shortText(source.name, 40)} (${source.kind}): ${shortText(source.provides)}`
    : null;

/** "Total 4 + 5 + 4 + 5 + 3 = 21 of 25, every score with its reason." once assessed. */
export function reliabilityLine(source: Source | undefined, index: number): string | null {
  const score = source && isAssessedSource(source) ? sourceScore(source, index) : null;
  return score ? `Total ${score.working}, every score with its reason.` : null;
}

/** "3 Oct 2026, CRM sales report: Cornwall up 36.6 %…" once written, sourced and dated. */
export const findingLine = (finding: Finding | undefined, sources: readonly Source[]): string | null =>
  finding && finding.finding.trim() && finding.sourceId !== '' && isIsoDate(finding.date)
    ? `${formatDate(finding.date)}, ${shortText(nameOfSource(sources, finding.sourceId), 30)}: ${shortText(finding.finding, 50)}`
    : null;

/** "Shares by region: Cornwall grew…" once the tool has its result and what it showed. */
export const analysisLine = (analysis: Analysis | undefined, index: number, rows: readonly SalesRow[]): string | null =>
  analysis && isUsedTool(analysis, rows) ? `${nameOfAnalysis(analysis, index)}: ${shortText(analysis.note, 50)}` : null;

/** The trend itself, once recorded with what shows it and the figures. */
export const trendLine = (trend: Trend | undefined): string | null => (trend && isRecordedTrend(trend) ? shortText(trend.statement, 80) : null);
