import type { SpreadsheetTable } from '../../lib/evidence-types';
import { spreadsheetNumber } from '../../lib/numbers';
import { comparisonBy, monthlyTrend, sharesBy } from './analysis';
import { AREA_LABELS, CRITERION_LABELS, DIMENSION_LABELS, SOURCE_KIND_LABELS } from './labels';
import { AREAS, CRITERIA, DIMENSIONS, hasText, type InformationAnalysisData } from './model';
import { rankSources } from './reliability';
import { nameOfSource } from './references';

/**
 * The worksheet's tables for a spreadsheet, with raw numbers. Text the learner imported stays text:
 * the CSV writer (csv/to-csv.ts) writes any cell starting =, +, - or @ with an apostrophe first.
 */
export function informationAnalysisSpreadsheetTables(data: InformationAnalysisData): SpreadsheetTable[] {
  const rows = data.figures.rows;
  const ranked = rankSources(data.sources);
  return [
    {
      title: 'Sales figures',
      columns: ['Month', 'Region', 'Product', 'Customer', 'Value (£)'],
      rows: rows.map((r) => [r.month, r.region, r.product, r.customer, spreadsheetNumber(r.value)]),
    },
    {
      title: 'Trend by month',
      columns: ['Month', 'Rows', 'Sales (£)', '3-month moving average (£)', 'Change on the month before (%)'],
      rows: monthlyTrend(rows).map((m) => [m.month, m.rows, spreadsheetNumber(m.total), spreadsheetNumber(m.movingAverage), m.change === null ? null : spreadsheetNumber(m.change * 100, 1)]),
    },
    ...DIMENSIONS.map((by) => ({
      title: `Shares by ${by}`,
      columns: ['Rank', DIMENSION_LABELS[by], 'Sales (£)', 'Share (%)', 'Running share (%)', 'In the 80 %'],
      rows: sharesBy(rows, by).map((s) => [s.rank, s.key, spreadsheetNumber(s.total), spreadsheetNumber(s.share * 100, 1), spreadsheetNumber(s.cumulative * 100, 1), s.isVitalFew ? 'Yes' : 'No']),
    })),
    ...DIMENSIONS.map((by) => {
      const compared = comparisonBy(rows, by);
      return {
        title: `Comparison by ${by}`,
        columns: [DIMENSION_LABELS[by], 'Previous period (£)', 'Latest period (£)', 'Difference (£)', 'Change (%)'],
        rows: compared
          ? [...compared.rows, compared.total].map((r) => [r.key, spreadsheetNumber(r.previous), spreadsheetNumber(r.latest), spreadsheetNumber(r.difference), r.change === null ? null : spreadsheetNumber(r.change * 100, 1)])
          : [],
      };
    }),
    {
      title: 'Source reliability',
      columns: ['Rank', 'Source', 'Internal or external', ...CRITERIA.map((c) => `${CRITERION_LABELS[c]} (1–5)`), 'Total (of 25)', 'Chosen'],
      rows: ranked.map((r) => [r.rank, r.source.name.trim(), r.source.kind ? SOURCE_KIND_LABELS[r.source.kind] : '', ...CRITERIA.map((c) => Number(r.source.scores[c].score)), r.total, r.isChosen ? 'Yes' : 'No']),
    },
    {
      title: 'Information gathered',
      columns: ['Area', 'Source', 'Date gathered', 'What was found'],
      rows: AREAS.flatMap((area) => data.findings[area].filter((f) => hasText(f.finding)).map((f) => [AREA_LABELS[area], nameOfSource(data.sources, f.sourceId), f.date, f.finding.trim()])),
    },
  ];
}
