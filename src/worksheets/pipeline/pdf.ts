import { tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import type { PdfBlock } from '../../lib/evidence-types';

import {
  countProblem,
  datedReviews,
  effortSummary,
  findBottleneck,
  isNamedProspect,
  namedCriteria,
  NAMED_RATIOS,
  namedRatio,
  periodProblem,
  pipelineHealth,
  planBackwards,
  prospectsScoredIn,
  rankProspects,
  reviewHistory,
  stageConversions,
  stageCountProblems,
  stageProgress,
  type Ratio,
} from './calculations';
import { CONTACT_LABELS } from './labels';
import { salesVelocity } from './velocity';
import { PRIORITY_RULE } from './guidance';
import { conversionRows, funnelMax, funnelRows, reviewSeries } from './chart-data';
import { formatDate } from '../../lib/dates';
import { formatCount, formatMoney, formatPercent, formatTyped } from './format';
import type { PipelineData } from './model';

const ratioText = (ratio: Ratio | null) =>
  ratio === null ? '–' : ratio.ok ? `${ratio.working}${ratio.warning ? `\nWarning: ${ratio.warning}` : ''}` : `Cannot be calculated: ${ratio.reason}`;
/** Reviews per history table, so the table fits the page width. */
const REVIEWS_PER_TABLE = 6;

/** The pipeline worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function pipelineEvidenceBlocks(data: PipelineData): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const period = periodProblem(data.context.periodStart, data.context.periodEnd);
  blocks.push(
    { kind: 'heading', text: 'The pipeline and the period' },
    {
      kind: 'fields',
      rows: [
        { label: 'Organisation', value: orNotGiven(data.context.organisation) },
        { label: 'System used to track prospects', value: orNotGiven(data.context.system) },
        {
          label: 'Period the counts cover',
          value: period ?? `${formatDate(data.context.periodStart)} to ${formatDate(data.context.periodEnd)}`,
        },
      ],
    },
  );

  // AC 2.1: counts and ratios.
  const problems = stageCountProblems(data.stages);
  const conversions = stageConversions(data);
  blocks.push(
    { kind: 'heading', text: 'Counts and conversion ratios (AC 2.1)' },
    {
      kind: 'table',
      caption: 'The three ratios the unit names',
      columns: ['Ratio', 'Working and result'],
      columnWidths: [1, 2.6],
      rows: NAMED_RATIOS.map((r) => {
        const ratio = namedRatio(data, r.from);
        return [`${r.title}\n(${ratio.fromName} → ${ratio.toName})`, ratioText(ratio)];
      }),
    },
    {
      kind: 'table',
      caption: 'Every stage: count, conversion to the next stage and to customer, and the win probability used for the weighted value',
      columns: ['Stage', 'Count in the period', 'To the next stage', 'To customer', 'Win probability used'],
      columnWidths: [1.3, 1.3, 2.2, 2.2, 1.4],
      rows: data.stages.map((stage, i) => {
        const conversion = conversions[i];
        const count = countProblem(stage.count) === null ? formatCount(stage.count ?? 0) : `Not valid: ${problems[i]}`;
        // The learner may set a stage's win chance themselves; otherwise its conversion to customer is used.
        const probability = stage.probability === null ? 'Its conversion to customer' : `${stage.probability} % (set by you)`;
        return [conversion?.name ?? '', problems[i] && countProblem(stage.count) === null ? `${count}\n${problems[i]}` : count, ratioText(conversion?.toNext ?? null), ratioText(conversion?.toCustomer ?? null), probability];
      }),
    },
  );
  const funnel = funnelRows(data);
  if (funnel.length) {
    blocks.push({ kind: 'barChart', caption: 'Funnel: how many reached each stage in the period', valueLabel: 'Count', maxValue: funnelMax(funnel), rows: funnel });
  }
  const conversionChart = conversionRows(data);
  if (conversionChart.length) {
    blocks.push({ kind: 'barChart', caption: 'Conversion ratios (%)', valueLabel: 'Conversion (%)', maxValue: 100, rows: conversionChart });
  }

  const bottleneck = findBottleneck(data);
  blocks.push(
    { kind: 'heading', text: 'The bottleneck' },
    {
      kind: 'paragraph',
      text: bottleneck.ok
        ? `The lowest stage-to-stage conversion is ${bottleneck.ratio.fromName} → ${bottleneck.ratio.toName}: ${bottleneck.ratio.working}.`
        : `The bottleneck cannot be named yet. ${bottleneck.reason}`,
    },
    { kind: 'fields', rows: [{ label: 'What I will do about it', value: orNotGiven(data.bottleneckAction) }] },
    { kind: 'heading', text: 'How I use conversion rates when prospecting (L3C1 1.3)' },
    { kind: 'paragraph', text: data.ratioUse.trim() },
  );

  // Planner and health.
  const plan = planBackwards(data);
  blocks.push(
    { kind: 'heading', text: 'Working back from the target' },
    { kind: 'fields', rows: [{ label: 'Customers needed', value: plan.customers.ok ? plan.customers.working : plan.customers.reason }] },
  );
  if (plan.rows.length) {
    blocks.push({
      kind: 'table',
      columns: ['Stage', 'Needed', 'Working'],
      columnWidths: [1.2, 0.8, 3.4],
      rows: plan.rows.map((row) => [row.name, row.result.ok ? formatCount(row.result.needed) : '–', row.result.ok ? row.result.working : row.result.reason]),
    });
  }
  const health = pipelineHealth(data);
  const velocity = salesVelocity(data.velocity);
  blocks.push(
    { kind: 'heading', text: 'Pipeline health' },
    {
      kind: 'table',
      columns: ['Measure', 'Result', 'Working'],
      columnWidths: [1.3, 1, 3.4],
      rows: [
        ['Weighted pipeline value (value × stage probability)', health.weighted.ok ? formatMoney(health.weighted.value) : '–', health.weighted.ok ? health.weighted.working : health.weighted.reason],
        ['Coverage of the target (pipeline value ÷ target)', health.coverage.ok ? `${formatTyped(Math.round(health.coverage.ratio * 10) / 10)} ×` : '–', health.coverage.ok ? health.coverage.working : health.coverage.reason],
        ['Sales velocity (opportunities × average deal value × win rate ÷ cycle length)', velocity.ok ? `${formatMoney(velocity.perDay)} a day` : '–', velocity.ok ? velocity.working : velocity.reason],
      ],
    },
  );
  if (velocity.ok) {
    blocks.push({
      kind: 'table',
      caption: 'Sales velocity: each figure as I typed it, and where it comes from',
      columns: ['Input', 'Figure', 'Source'],
      columnWidths: [1.4, 1, 3],
      rows: velocity.inputs.map((input) => [input.label, input.value, input.source]),
    });
  }

  // AC 2.2 and 2.3: criteria and priorities.
  const criteria = namedCriteria(data.criteria);
  blocks.push({ kind: 'heading', text: 'Criteria for evaluating prospects (AC 2.2)' });
  blocks.push(
    tableOr('No criteria named yet.', {
      caption: 'Each prospect is scored 0 (not met) to 5 (fully met) on each criterion; likelihood = Σ score × weight ÷ (5 × Σ weight).',
      columns: ['Criterion', 'Weight', 'What it asks'],
      columnWidths: [1.2, 0.7, 3.5],
      rows: criteria.map((c) => [c.name.trim(), c.weight === null ? 'Not given' : formatTyped(c.weight), orNotGiven(c.guidance)]),
    }),
  );

  const { ranked, notRanked } = rankProspects(data);
  blocks.push({ kind: 'heading', text: 'Prospects in priority order, with planned time and effort (AC 2.3)' });
  blocks.push(
    tableOr('No prospect can be ranked yet: each needs a deal value and a score on every criterion.', {
      caption: PRIORITY_RULE,
      columns: ['Rank', 'Prospect', 'Stage', 'Likelihood of conversion', 'Deal value (weighted value)', 'Planned time and contact', 'Next action'],
      columnWidths: [0.55, 1.5, 1.2, 1.1, 1.5, 1.5, 2.2],
      rows: ranked.map((r) => [
        String(r.rank),
        r.prospect.name.trim(),
        r.stageName,
        formatPercent(r.likelihood),
        `${formatMoney(r.value)} (${formatMoney(r.weightedValue)})`,
        `${r.prospect.hoursPerMonth === null ? 'Time not planned' : `${formatTyped(r.prospect.hoursPerMonth)} h a month`}\n${CONTACT_LABELS[r.prospect.contactFrequency]}`,
        r.prospect.nextAction.trim()
          ? `${r.prospect.nextAction.trim()}${r.prospect.nextActionDate ? ` (by ${formatDate(r.prospect.nextActionDate)})` : ''}`
          : 'Not planned',
      ]),
    }),
    { kind: 'paragraph', text: effortSummary(data).text },
  );
  if (notRanked.length) {
    blocks.push({
      kind: 'table',
      caption: 'Prospects not in the priority order',
      columns: ['Prospect', 'Why'],
      columnWidths: [1.5, 3.5],
      rows: notRanked.map((n) => [n.prospect.name.trim(), n.reason]),
    });
  }

  // AC 2.2: reviews.
  const reviews = datedReviews(data);
  blocks.push({ kind: 'heading', text: 'Dated reviews of the prospects (AC 2.2)' });
  if (reviews.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No dated review recorded yet.' });
  } else {
    blocks.push({
      kind: 'table',
      columns: ['Review date', 'Prospects scored', 'Note'],
      columnWidths: [1.2, 1, 3.5],
      rows: reviews.map((r) => [formatDate(r.date), formatCount(prospectsScoredIn(r, data.criteria)), orNotGiven(r.note)]),
    });
    const history = reviewHistory(data);
    for (let start = 0; start < history.reviews.length; start += REVIEWS_PER_TABLE) {
      const slice = history.reviews.slice(start, start + REVIEWS_PER_TABLE);
      blocks.push({
        kind: 'table',
        caption: 'Likelihood of conversion at each review',
        columns: ['Prospect', ...slice.map((r) => formatDate(r.date))],
        rows: history.rows.map((row) => [
          row.name,
          ...row.values.slice(start, start + REVIEWS_PER_TABLE).map((v) => (v === null ? 'Not scored' : formatPercent(v))),
        ]),
      });
    }
    const chart = reviewSeries(data);
    if (chart.series.length && chart.xLabels.length) {
      blocks.push({
        kind: 'lineChart',
        caption: 'Likelihood of conversion at each review (up to six prospects, highest priority first)',
        xLabel: 'Review date',
        yLabel: 'Likelihood (%)',
        yMin: 0,
        yMax: 100,
        xLabels: chart.xLabels,
        series: chart.series,
      });
    }
  }

  // AC 3.2: dated stage changes.
  const progress = data.prospects
    .filter(isNamedProspect)
    .map((p) => ({ name: p.name.trim(), progress: stageProgress(p, data.stages) }))
    .filter((p) => p.progress.steps.length >= 2)
    .sort((a, b) => Number(b.progress.isProgressed) - Number(a.progress.isProgressed));
  blocks.push({ kind: 'heading', text: 'Prospects moved through the stages (AC 3.2)' });
  blocks.push(
    tableOr('No prospect has two dated stages yet.', {
      columns: ['Prospect', 'Dated stage changes', 'Moves forward'],
      columnWidths: [1.4, 3.6, 1],
      rows: progress.map((p) => [
        p.name,
        p.progress.steps.map((s) => `${formatDate(s.date)}: ${s.stageName}`).join('\n'),
        formatCount(p.progress.forwardMoves),
      ]),
    }),
  );
  return blocks;
}
