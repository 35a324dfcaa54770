/** The pipeline's tables for a spreadsheet: prospects, stage counts and the dated reviews, with raw numbers. */
import { spreadsheetNumber } from '../../lib/numbers';
import type { SpreadsheetTable } from '../../lib/evidence-types';
import { isNamedProspect, likelihoodOf, namedCriteria, rankProspects, reviewHistory, stageLabel } from './calculations';
import { CONTACT_LABELS } from './labels';
import type { PipelineData } from './model';

const percent = (fraction: number | null | undefined) => spreadsheetNumber(fraction === null || fraction === undefined ? null : fraction * 100, 1);

export function pipelineSpreadsheetTables(data: PipelineData): SpreadsheetTable[] {
  return [prospectsTable(data), stagesTable(data), reviewsTable(data)];
}

function prospectsTable(data: PipelineData): SpreadsheetTable {
  const criteria = namedCriteria(data.criteria);
  const stageIndexById = new Map(data.stages.map((stage, index) => [stage.id, index]));
  const rankByIndex = new Map(rankProspects(data).ranked.map((entry) => [entry.index, entry.rank]));
  const rows = data.prospects.flatMap((prospect, index) => {
    if (!isNamedProspect(prospect)) return [];
    const stageIndex = stageIndexById.get(prospect.stageId);
    const likelihood = likelihoodOf(prospect.scores, data.criteria, false);
    const fraction = likelihood.ok ? likelihood.fraction : null;
    return [
      [
        prospect.name.trim(),
        stageIndex === undefined ? '' : stageLabel(data.stages[stageIndex], stageIndex),
        spreadsheetNumber(prospect.value),
        percent(fraction),
        fraction === null || prospect.value === null ? null : spreadsheetNumber(prospect.value * fraction),
        rankByIndex.get(index) ?? null,
        spreadsheetNumber(prospect.hoursPerMonth, 1),
        prospect.contactFrequency === '' ? '' : CONTACT_LABELS[prospect.contactFrequency],
        prospect.nextAction.trim(),
        prospect.nextActionDate,
        ...criteria.map((criterion) => prospect.scores[criterion.id] ?? null),
      ],
    ];
  });
  return {
    title: 'Prospects',
    columns: [
      'Prospect',
      'Stage',
      'Deal value (£)',
      'Likelihood of conversion (%)',
      'Weighted value (£)',
      'Priority rank',
      'Hours a month',
      'Contact',
      'Next action',
      'Next action by',
      ...criteria.map((criterion) => `Score 0–5: ${criterion.name.trim()}`),
    ],
    rows,
  };
}

function stagesTable(data: PipelineData): SpreadsheetTable {
  return {
    title: 'Stages',
    columns: ['Stage', 'Count in the period', 'Own win probability (%)'],
    rows: data.stages.map((stage, index) => [stageLabel(stage, index), spreadsheetNumber(stage.count), spreadsheetNumber(stage.probability, 1)]),
  };
}

function reviewsTable(data: PipelineData): SpreadsheetTable {
  const { reviews, rows } = reviewHistory(data);
  return {
    title: 'Likelihood at each review',
    columns: ['Prospect', ...reviews.map((review) => `${review.date} (%)`)],
    rows: rows.map((row) => [row.name, ...row.values.map(percent)]),
  };
}
