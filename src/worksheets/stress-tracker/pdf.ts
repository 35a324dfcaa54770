import { tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import type { PdfBlock } from '../../lib/evidence-types';
import { formatDate } from '../../lib/dates';
import {
  compareFirstAndLastWeeks,
  compareMeasurements,
  coverage,
  formatScore,
  instrumentName,
  measurementScore,
  sortedCheckIns,
  techniqueMonth,
  trackingPeriod,
  weekChangeSentence,
  type WeekSummary,
} from './calculations';
import { calendarMonths, dayCellText, questionnaireMarks, ratingChartRows, WEEKDAY_SHORT } from './chart-data';
import { chosenTechnique, hasText, RATING_MAX, type Measurement, type StressData, type TextItem } from './model';
import { ZONE_LABELS } from './labels';
import { answerLabel, SELF_CHECK_INTRO, SELF_CHECK_STATEMENTS } from './self-check';

const described = (list: TextItem[]) => list.filter((i) => hasText(i.text)).map((i) => i.text.trim());

const bulletTable = (caption: string, texts: string[]): PdfBlock =>
  texts.length
    ? { kind: 'table', caption, columns: ['#', caption], columnWidths: [0.5, 10], rows: texts.map((t, i) => [String(i + 1), t]) }
    : { kind: 'paragraph', text: `${caption}: none entered.` };

const scoreText = (data: StressData, measurement: Measurement) => {
  const score = measurementScore(data.instrument, measurement);
  return score ? `${formatScore(score.score)} out of ${formatScore(score.max)}` : 'Not complete';
};

const weekCells = (week: WeekSummary) => [
  `${formatDate(week.from)} to ${formatDate(week.to)}`,
  `${week.daysLogged} of 7`,
  week.averageRating === null ? 'No ratings' : formatScore(week.averageRating),
  `${week.daysTechniqueUsed} days, ${week.minutesUsed} minutes`,
];

/** The stress tracker as PDF blocks, in the order an assessor reads the evidence. `today` is yyyy-mm-dd. */
export function stressEvidenceBlocks(data: StressData, today: string): PdfBlock[] {
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'Pressure and stress (AC 1.1)' },
    {
      kind: 'fields',
      rows: [
        { label: 'The difference between pressure and stress', value: orNotGiven(data.pressureVsStress) },
        { label: 'The stress continuum (ready, reacting, injured, ill)', value: orNotGiven(data.continuumNotes) },
      ],
    },
  ];
  const examples = data.workplaceExamples.filter((e) => hasText(e.situation));
  blocks.push(
    tableOr('Workplace examples: none entered.', {
      caption: 'Workplace examples',
      columns: ['Situation', 'As pressure', 'As stress'],
      rows: examples.map((e) => [e.situation.trim(), orNotGiven(e.asPressure), orNotGiven(e.asStress)]),
    }),
    { kind: 'heading', text: 'Workplace and personal life stressors (AC 1.2)' },
    bulletTable('Workplace stressors', described(data.workplaceStressors)),
    bulletTable('Personal life stressors', described(data.personalStressors)),
    { kind: 'heading', text: 'How workplace stress impacts organisations and individuals (AC 1.3)' },
    bulletTable('Impacts on organisations', described(data.organisationImpacts)),
    bulletTable('Impacts on individuals', described(data.individualImpacts)),
    { kind: 'heading', text: 'Stress management techniques (AC 1.4)' },
  );
  const techniques = data.techniques.filter((t) => hasText(t.name));
  blocks.push(
    tableOr('No technique outlined yet.', { columns: ['Technique', 'Outline'], columnWidths: [1, 3], rows: techniques.map((t) => [t.name.trim(), orNotGiven(t.outline)]) }),
  );

  const technique = chosenTechnique(data);
  blocks.push(
    { kind: 'heading', text: 'The chosen technique and the plan (AC 2.1)' },
    {
      kind: 'fields',
      rows: [
        { label: 'Chosen technique', value: technique ? technique.name.trim() : 'Not chosen' },
        { label: 'Why I chose it', value: orNotGiven(data.plan.whyChosen) },
        { label: 'How and when I will use it', value: orNotGiven(data.plan.howAndWhen) },
        { label: 'Start date', value: data.plan.startDate ? formatDate(data.plan.startDate) : 'Not given' },
      ],
    },
    { kind: 'heading', text: 'Baseline and retake (AC 2.2, 2.3)' },
  );
  const instrumentRows = [
    { label: 'Questionnaire (the same for baseline and retake)', value: data.instrument.kind ? instrumentName(data.instrument) : 'Not chosen' },
  ];
  if (data.instrument.kind === 'online') {
    if (hasText(data.instrument.link)) instrumentRows.push({ label: 'Where it was taken', value: data.instrument.link.trim() });
    instrumentRows.push({ label: 'A higher score means', value: data.instrument.higherMeans === 'more-stress' ? 'More stress' : 'Less stress' });
  }
  instrumentRows.push(
    { label: 'Baseline', value: `${data.baseline.date ? formatDate(data.baseline.date) : 'No date'}: ${scoreText(data, data.baseline)}` },
    { label: 'Retake', value: `${data.retake.date ? formatDate(data.retake.date) : 'No date'}: ${scoreText(data, data.retake)}` },
  );
  blocks.push({ kind: 'fields', rows: instrumentRows });
  if (data.instrument.kind === 'built-in') {
    blocks.push(
      { kind: 'paragraph', text: SELF_CHECK_INTRO },
      {
        kind: 'table',
        caption: 'Self-check answers (how often, in the past seven days)',
        columns: ['Statement', 'Baseline', 'Retake'],
        columnWidths: [4, 1.3, 1.3],
        rows: SELF_CHECK_STATEMENTS.map((s, i) => [s, answerLabel(data.baseline.answers[i] ?? null), answerLabel(data.retake.answers[i] ?? null)]),
      },
    );
  }

  blocks.push({ kind: 'heading', text: 'Using the technique: daily check-ins (AC 2.2)' });
  const period = trackingPeriod(data, today);
  const covered = coverage(data, today);
  if (!period || !covered) {
    blocks.push({ kind: 'paragraph', text: 'No check-ins logged yet.' });
  } else {
    const used = data.checkIns.filter((c) => c.usedTechnique && c.date >= period.start && c.date <= period.end);
    const month = techniqueMonth(data, today);
    blocks.push({
      kind: 'fields',
      rows: [
        { label: 'Period', value: `${formatDate(period.start)} to ${formatDate(period.end)}${period.isFinished ? '' : ' (so far)'}` },
        { label: 'Coverage', value: covered.label },
        { label: 'Technique used', value: `${used.length} days, ${used.reduce((s, c) => s + (c.minutes ?? 0), 0)} minutes in all` },
        ...(month ? [{ label: 'Daily use over the month', value: `${month.label}${month.isOver ? '' : ' (the month is not over yet)'}` }] : []),
        { label: 'Daily rating scale', value: `0 (no stress) to ${RATING_MAX} (the most stressed)` },
      ],
    });
    const weeks = compareFirstAndLastWeeks(data, today);
    if (weeks.status === 'ready') {
      blocks.push({
        kind: 'table',
        caption: 'First and last weeks compared',
        columns: ['Week', 'Dates', 'Days logged', 'Average daily rating', 'Technique used'],
        columnWidths: [1, 2.6, 1.2, 1.4, 2],
        rows: [
          ['First week', ...weekCells(weeks.first)],
          ['Last week', ...weekCells(weeks.last)],
        ],
      });
      blocks.push({ kind: 'paragraph', text: weekChangeSentence(weeks) });
    } else {
      blocks.push({ kind: 'paragraph', text: weeks.message });
    }
    const rows = ratingChartRows(data, today);
    blocks.push({
      kind: 'lineChart',
      caption: 'Daily stress ratings with the 7-day average; baseline and retake scores drawn on the same 0–10 scale',
      xLabel: 'Date',
      yLabel: 'Stress rating (0–10)',
      yMin: 0,
      yMax: RATING_MAX,
      xLabels: rows.map((r) => r.label),
      series: [
        { name: 'Daily rating', values: rows.map((r) => r.rating) },
        { name: '7-day average', values: rows.map((r) => r.average) },
      ],
      referenceLines: questionnaireMarks(data),
    });
    for (const month of calendarMonths(data, today)) {
      blocks.push({
        kind: 'table',
        caption: `Calendar: ${month.title} (each day of the tracking period logged with its rating, or missed)`,
        columns: WEEKDAY_SHORT,
        rows: month.weeks.map((week) => week.map((day) => (day ? dayCellText(day) : ''))),
      });
    }
    const checkIns = sortedCheckIns(data.checkIns);
    const withNotes = data.includeNotesInPdf;
    blocks.push({
      kind: 'table',
      caption: withNotes ? 'Every check-in' : 'Every check-in (the learner chose to keep daily notes private)',
      columns: ['Date', 'Rating', 'Zone', 'Technique', ...(withNotes ? ['Note'] : [])],
      columnWidths: withNotes ? [2, 1, 1.3, 1.6, 4] : [2, 1, 1.3, 2],
      rows: checkIns.map((c) => [
        formatDate(c.date),
        `${c.rating} of ${RATING_MAX}`,
        ZONE_LABELS[c.zone],
        c.usedTechnique ? `Yes, ${c.minutes ?? 0} min` : 'No',
        ...(withNotes ? [c.note.trim()] : []),
      ]),
    });
  }

  const comparison = compareMeasurements(data);
  blocks.push(
    { kind: 'heading', text: 'Review of effectiveness (AC 2.3)' },
    {
      kind: 'fields',
      rows: [
        { label: 'Before and after', value: comparison ? comparison.sentence : 'The baseline and retake are not both recorded yet.' },
        { label: 'Daily ratings, first and last weeks', value: weekChangeSentence(compareFirstAndLastWeeks(data, today)) },
        { label: 'How effective the technique was', value: orNotGiven(data.review.effectiveness) },
        { label: 'What I will do next', value: orNotGiven(data.review.nextSteps) },
      ],
    },
    { kind: 'heading', text: 'Sources of support for managing personal stress (AC 2.4)' },
  );
  const support = data.support.filter((s) => hasText(s.name));
  blocks.push(
    tableOr('No source of support named yet.', { columns: ['Source of support', 'How it can help'], columnWidths: [1, 2], rows: support.map((s) => [s.name.trim(), orNotGiven(s.howItHelps)]) }),
  );
  return blocks;
}
