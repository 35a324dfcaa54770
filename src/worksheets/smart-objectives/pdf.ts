import { tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import type { PdfBlock } from '../../lib/evidence-types';
import { progressChart } from './chart-data';
import { checkObjective, LETTER_NAMES, LETTERS, STATUS_WORDS, type Letter, type LetterFeedback } from './checks';
import { startedObjectives } from './completeness';
import { objectiveSentence } from './compose';
import { CONTEXT_CONFIG, THEORY_FEATURES } from './guidance';
import { SCORE_LABELS, THEORY_LABELS } from './labels';
import { developmentNeeds, hasText, type ContextId, type Objective, type SmartData } from './model';
import { formatDate, formatShortDate, isIsoDate } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { datedReviews, progressPercent, reviewCadence } from './calculations';

const dateOrNotGiven = (iso: string) => (isIsoDate(iso) ? formatDate(iso) : 'Not given');

/** What the learner wrote under each letter, as one cell. */
function lettersWritten(objective: Objective): Record<Letter, string> {
  const { specific: s, measurable: m, achievable: a, relevant: r, timeBound: t } = objective;
  const lines = (pairs: Array<[string, string]>) => pairs.map(([label, value]) => `${label}: ${orNotGiven(value)}`).join('\n');
  return {
    S: lines([['What', s.what], ['Who', s.who], ['Where', s.where]]),
    M: lines([['Measure', m.metric], ['Baseline', m.baseline], ['Target', m.target], ['Unit', m.unit]]),
    A: lines([['Resources', a.resources], ['Past performance and why it is realistic', a.pastPerformance], ['Constraints', a.constraints]]),
    R: orNotGiven(r.link),
    T: lines([['Deadline', isIsoDate(t.deadline) ? formatDate(t.deadline) : t.deadline], ['Milestones', t.milestones]]),
  };
}

const checkCell = (check: LetterFeedback) =>
  [STATUS_WORDS[check.status], ...check.problems, ...check.tips.map((tip) => `Tip: ${tip}`)].join('\n');

function objectiveBlocks(objective: Objective, number: number, context: ContextId, today: string, needs: string[]): PdfBlock[] {
  const checks = checkObjective(objective, context, today, needs);
  const written = lettersWritten(objective);
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: `Objective ${number}` },
    { kind: 'paragraph', text: objectiveSentence(objective) },
    {
      kind: 'table',
      caption: `Objective ${number}: the SMART parts and their checks`,
      columns: ['Letter', 'What I wrote', 'Check'],
      columnWidths: [1.4, 4, 3.2],
      rows: checks.map((check) => [LETTER_NAMES[check.letter], written[check.letter], checkCell(check)]),
    },
  ];
  if (CONTEXT_CONFIG[context].showDevelopmentParts) {
    const d = objective.development;
    blocks.push({
      kind: 'fields',
      rows: [
        { label: 'Development opportunity', value: orNotGiven(d.opportunity) },
        { label: 'Learning and development methods', value: orNotGiven(d.methods) },
        { label: 'Support and resources', value: orNotGiven(d.support) },
        { label: 'Measure of success', value: orNotGiven(d.successMeasure) },
      ],
    });
  }
  const reviews = datedReviews(objective);
  blocks.push(
    tableOr(`Objective ${number}: no dated progress review yet.`, {
    caption: `Objective ${number}: progress reviews`,
    columns: ['Date', 'Measure now', 'Of the way to target', 'Progress', 'Evidence', 'Next step'],
    columnWidths: [1.5, 1.3, 1.2, 3, 2.4, 2.6],
    rows: reviews.map((review) => {
      const percent = progressPercent(objective, review.value);
      return [
        formatDate(review.date),
        orNotGiven(review.value),
        percent === null ? '–' : formatPercent(percent / 100, { decimals: 2 }),
        orNotGiven(review.progress),
        orNotGiven(review.evidence),
        orNotGiven(review.nextStep),
      ];
    }),
        }),
  );
  return blocks;
}

function contextBlocks(data: SmartData, context: ContextId): PdfBlock[] {
  switch (context) {
    case 'sales-targets':
      return [
        { kind: 'heading', text: 'Team targets and how my targets were set (AC 1.1)' },
        {
          kind: 'fields',
          rows: [
            { label: 'Team targets', value: orNotGiven(data.salesTargets.teamTargets) },
            { label: 'How I set my personal sales targets', value: orNotGiven(data.salesTargets.howSet) },
          ],
        },
      ];
    case 'presentation':
      return [
        { kind: 'heading', text: 'The customer and the presentation (AC 1.3)' },
        {
          kind: 'fields',
          rows: [
            { label: 'Customer', value: orNotGiven(data.presentation.customer) },
            { label: 'Their needs and interests', value: orNotGiven(data.presentation.customerNeeds) },
            { label: 'Date of the presentation', value: dateOrNotGiven(data.presentation.date) },
            { label: 'How I wrote objectives to meet the customer’s needs', value: orNotGiven(data.presentation.howWritten) },
          ],
        },
      ];
    case 'motivation-plan': {
      const { motivation } = data;
      const theory = motivation.theory === '' ? 'Not given' : motivation.theory === 'other' ? orNotGiven(motivation.otherTheory) : THEORY_LABELS[motivation.theory];
      return [
        { kind: 'heading', text: 'The motivation theory behind the plan (AC 2.1)' },
        {
          kind: 'fields',
          rows: [
            { label: 'Theory', value: theory },
            ...(motivation.theory ? [{ label: 'Its key features', value: THEORY_FEATURES[motivation.theory] }] : []),
            { label: 'What motivates me most', value: orNotGiven(motivation.mainMotivator) },
            { label: 'Why I used it, and how', value: orNotGiven(motivation.whyChosen) },
          ],
        },
        ...selfAssessmentBlocks(data, false),
      ];
    }
    case 'development-plan':
      return selfAssessmentBlocks(data, true);
  }
}

function selfAssessmentBlocks(data: SmartData, isRequired: boolean): PdfBlock[] {
  const { selfAssessment: sa } = data;
  const criteria = sa.criteria.filter((c) => hasText(c.criterion));
  if (!isRequired && criteria.length === 0 && !hasText(sa.strengths) && !hasText(sa.needs)) return [];
  return [
    { kind: 'heading', text: isRequired ? 'Self-assessment: strengths and development needs (AC 2.1)' : 'Self-assessment' },
    {
      kind: 'fields',
      rows: [
        { label: 'Source of the criteria', value: orNotGiven(sa.source) },
        { label: 'Assessment tool', value: orNotGiven(sa.tool) },
      ],
    },
    tableOr('No criteria entered.', {
      caption: 'Scored against each criterion (1 = clear development need, 5 = clear strength)',
      columns: ['Criterion', 'Score', 'Evidence for the score'],
      columnWidths: [3, 2, 4],
      rows: criteria.map((c) => [c.criterion.trim(), c.score === null ? 'Not scored' : SCORE_LABELS[c.score]!, orNotGiven(c.evidence)]),
    }),
    {
      kind: 'fields',
      rows: [
        { label: 'Strengths', value: orNotGiven(sa.strengths) },
        { label: 'Development needs', value: orNotGiven(sa.needs) },
      ],
    },
  ];
}

/** The plan as PDF blocks: what it evidences, the context, each objective with its checks and reviews, progress. */
export function smartEvidenceBlocks(data: SmartData, today: string): PdfBlock[] {
  if (data.context === '') {
    return [{ kind: 'paragraph', text: 'No context chosen yet: this document does not yet evidence any unit.' }];
  }
  const context = data.context;
  const config = CONTEXT_CONFIG[context];
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: `What this evidences: ${config.label}` },
    {
      kind: 'paragraph',
      text: `This document evidences unit ${config.unit.code} ${config.unit.title}, AC ${config.criteria.map((c) => c.code).join(', ')}, as listed on the first page.`,
    },
    {
      kind: 'fields',
      rows: [
        { label: 'My role', value: orNotGiven(data.role) },
        ...(config.showDevelopmentParts || isIsoDate(data.planStart) ? [{ label: 'Plan started', value: dateOrNotGiven(data.planStart) }] : []),
      ],
    },
    ...contextBlocks(data, context),
  ];

  const started = startedObjectives(data);
  const ac = (code: string | null) => (code ? ` (AC ${code})` : '');
  blocks.push({
    kind: 'heading',
    text: `SMART check summary${ac(config.pdfCriteria.objectives)}: ${started.length} objective${started.length === 1 ? '' : 's'}, at least ${config.minObjectives} needed`,
  });
  if (!config.isSmartRequired) {
    blocks.push({ kind: 'paragraph', text: 'L3S1 asks for at least three personal development objectives; writing them as SMART objectives is good practice.' });
  }
  if (started.length) {
    blocks.push({
      kind: 'table',
      columns: ['Objective', ...LETTERS.map((letter) => LETTER_NAMES[letter])],
      columnWidths: [4.6, 1.2, 1.3, 1.3, 1.2, 1.2],
      rows: started.map(({ objective, number }) => [
        `${number}. ${objectiveSentence(objective)}`,
        ...checkObjective(objective, context, today, developmentNeeds(data.selfAssessment.criteria)).map((c) => STATUS_WORDS[c.status]),
      ]),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No objectives written yet.' });
  }
  for (const { objective, number } of started) blocks.push(...objectiveBlocks(objective, number, context, today, developmentNeeds(data.selfAssessment.criteria)));

  blocks.push({ kind: 'heading', text: `Progress over time${ac(config.pdfCriteria.progress)}` });
  const chart = progressChart(data);
  if (chart.dates.length) {
    if (config.reviewRule === 'weekly') {
      const cadence = reviewCadence(data, today);
      blocks.push({
        kind: 'paragraph',
        text: `Reviews from ${cadence.start ? formatDate(cadence.start) : 'the start'} to ${cadence.lastReview ? formatDate(cadence.lastReview) : '–'}: ${cadence.weeksCovered} weeks covered, ${cadence.reviewDates.length} review dates, ${cadence.longGaps.length === 0 ? 'no gap longer than a week' : `${cadence.longGaps.length} gap${cadence.longGaps.length > 1 ? 's' : ''} longer than a week`}.`,
      });
    }
    blocks.push({
      kind: 'lineChart',
      caption: 'Progress towards each target (% of the way from baseline to target)',
      xLabel: 'Review date',
      yLabel: '% of the way to target',
      yMin: chart.yMin,
      yMax: chart.yMax,
      xLabels: chart.xLabels,
      series: chart.series,
      referenceLines: [{ label: 'Target reached', value: 100 }],
    });
    blocks.push({
      kind: 'table',
      caption: 'The chart’s figures (% of the way to target)',
      columns: ['Review date', ...chart.series.map((s) => s.name)],
      rows: chart.dates.map((date, i) => [
        formatShortDate(date),
        ...chart.series.map((s) => {
          const value = s.values[i];
          return value === null || value === undefined ? '–' : formatPercent(value / 100, { decimals: 2 });
        }),
      ]),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No dated reviews with a measure yet.' });
  }
  if (config.showDevelopmentParts) {
    blocks.push({ kind: 'heading', text: `Review of progress and updates to the plan${ac(config.pdfCriteria.update)}` }, { kind: 'paragraph', text: data.planUpdate });
  }
  if (config.notEvidenced) blocks.push({ kind: 'heading', text: 'What this document does not evidence' }, { kind: 'paragraph', text: config.notEvidenced });
  return blocks;
}
