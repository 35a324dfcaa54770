import { tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { formatDate } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { totalsChartRows } from './chart-data';
import { isDescribedAction, isNamedSource } from './completeness';
import { evaluateMatrix, fallText, riseText, robustnessText, verdict } from './calculations';
import { formatNumber, formatPercent } from '../../lib/numbers';
import { cellKey, FISHBONE_CATEGORIES, type DecisionData } from './model';
import {
  ANSWER_LABELS,
  DATA_TYPE_LABELS,
  FISHBONE_LABELS,
  OUTCOME_LABELS,
  OWNER_KIND_LABELS,
  RECURRENCE_LABELS,
  SCALE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from './labels';

const MAX_NAMED_COLUMNS = 5;

/**
 * The owner, and on a line of its own whether it is the learner or someone else (L3L3 asks for at
 * least one other person), e.g. "Tom Reid\nAnother person"; "Me" alone when it says so already.
 */
function ownerText(owner: string, kind: keyof typeof OWNER_KIND_LABELS): string {
  const name = owner.trim();
  if (!name) return 'Not given';
  if (kind === '' || (kind === 'me' && name.toLocaleLowerCase() === 'me')) return name;
  return `${name}\n${OWNER_KIND_LABELS[kind]}`;
}

const dateOrNotGiven = (iso: string) => (iso ? formatDate(iso) : 'Not given');
const orDash = (value: string) => (value.trim() ? value.trim() : '–');

function matrixBlocks(data: DecisionData): PdfBlock[] {
  const evaluation = evaluateMatrix(data);
  const criteria = data.criteria;
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'Weighted decision matrix (AC 3.1)' },
    { kind: 'paragraph', text: `Scoring scale: ${SCALE_LABELS[data.scale]}. Weighted score = sum of (weight share × score), out of the top of the scale.` },
  ];
  const shares = evaluation.status === 'complete' ? evaluation.weights.map((w) => formatPercent(w.share)) : criteria.map(() => '–');
  // Past five criteria, names no longer fit across an A4 page: the wide tables use codes, keyed here.
  const useCodes = criteria.length > MAX_NAMED_COLUMNS;
  const header = (name: string, j: number) => (useCodes ? `C${j + 1}` : orNotGiven(name));
  if (criteria.length) {
    blocks.push({
      kind: 'table',
      caption: 'Criteria and weights',
      columns: ['Code', 'Criterion', 'What it measures', 'Weight', 'Share of weight'],
      columnWidths: [0.8, 2.2, 4, 1, 1.3],
      rows: criteria.map((c, j) => [`C${j + 1}`, orNotGiven(c.name), orDash(c.meaning), orDash(c.weight), shares[j] ?? '–']),
    });
  }
  if (data.options.length && criteria.length) {
    const result = (optionId: string) => (evaluation.status === 'complete' ? evaluation.results.find((r) => r.optionId === optionId) : undefined);
    blocks.push({
      kind: 'table',
      caption: 'Scores',
      columns: ['Option', ...criteria.map((c, j) => header(c.name, j)), 'Weighted score', 'Rank'],
      columnWidths: [2.4, ...criteria.map(() => 1), 1.3, 1.2],
      rows: data.options.map((o) => {
        const r = result(o.id);
        return [
          orNotGiven(o.name),
          ...criteria.map((c) => orDash(data.cells[cellKey(o.id, c.id)]?.score ?? '')),
          r ? formatNumber(r.total) : '–',
          r ? `${r.rank}${r.isTied ? ' (tied)' : ''}` : '–',
        ];
      }),
    });
    blocks.push({
      kind: 'table',
      caption: 'Why each score was given',
      columns: ['Option', 'Criterion', 'Score', 'Note'],
      columnWidths: [2, 2, 0.8, 5],
      rows: data.options.flatMap((o) =>
        criteria.map((c) => {
          const cell = data.cells[cellKey(o.id, c.id)];
          return [orNotGiven(o.name), orNotGiven(c.name), orDash(cell?.score ?? ''), orNotGiven(cell?.note ?? '')];
        }),
      ),
    });
  }
  if (evaluation.status === 'incomplete') {
    blocks.push({ kind: 'paragraph', text: `The matrix is not complete, so there is no ranking yet. ${evaluation.problems.join(' ')}` });
    return blocks;
  }
  blocks.push(
    {
      kind: 'table',
      caption: 'Weighted score broken down by criterion (share of weight × score)',
      columns: ['Option', ...evaluation.weights.map((w, j) => header(w.name, j)), 'Total'],
      columnWidths: [2.4, ...evaluation.weights.map(() => 1), 1],
      rows: evaluation.results.map((r) => [r.name, ...r.contributions.map((c) => formatNumber(c)), formatNumber(r.total)]),
    },
    {
      kind: 'barChart',
      caption: `Weighted score of each option (out of ${evaluation.scale.max})`,
      valueLabel: 'Weighted score',
      maxValue: evaluation.scale.max,
      rows: totalsChartRows(evaluation),
    },
    { kind: 'paragraph', text: verdict(evaluation) },
    { kind: 'heading', text: 'Sensitivity: how far each weight can move before the winner changes' },
    { kind: 'paragraph', text: robustnessText(evaluation) },
  );
  if (evaluation.sensitivity.length) {
    blocks.push({
      kind: 'table',
      columns: ['Criterion', 'Weight now (share)', 'It can rise', 'It can fall', 'Fragile?'],
      columnWidths: [2, 1.4, 3, 3, 1],
      rows: evaluation.sensitivity.map((s) => [
        s.name,
        `${formatNumber(s.weight)} (${formatPercent(s.share)})`,
        riseText(s),
        fallText(s),
        s.isFragile ? 'Yes' : 'No',
      ]),
    });
  }
  return blocks;
}

/** The whole problem-solving record as PDF blocks, in the order of the unit's assessment criteria. */
export function decisionEvidenceBlocks(data: DecisionData): PdfBlock[] {
  const { problem, rootCause, approval, evaluation } = data;
  const sources = data.dataSources.filter(isNamedSource);
  const whys = rootCause.whys.map((answer, i) => [`Why ${i + 1}?`, answer.trim()]).filter(([, answer]) => answer !== '');
  const fishbone = FISHBONE_CATEGORIES.map((category) => [
    FISHBONE_LABELS[category],
    rootCause.fishbone
      .filter((c) => c.category === category && c.cause.trim())
      .map((c) => c.cause.trim())
      .join('\n'),
  ]).filter(([, causes]) => causes !== '');
  const chosen = data.options.find((o) => o.id === data.decision.chosenOptionId);
  const actions = data.actions.filter(isDescribedAction);
  const measures = evaluation.measures.filter((m) => m.measure.trim());

  return [
    { kind: 'heading', text: 'The problem (AC 2.1)' },
    {
      kind: 'fields',
      rows: [
        { label: 'Organisation and team', value: orNotGiven(data.organisation) },
        { label: 'The problem', value: orNotGiven(problem.statement) },
        { label: 'Nature: systemic factors', value: orNotGiven(problem.systemicFactors) },
        { label: 'Nature: human factors', value: orNotGiven(problem.humanFactors) },
        { label: 'Nature: environmental factors', value: orNotGiven(problem.environmentalFactors) },
        { label: 'Scope: people affected', value: orNotGiven(problem.peopleAffected) },
        { label: 'Scope: how long, new or recurring', value: `${orNotGiven(problem.duration)} (${RECURRENCE_LABELS[problem.recurrence]})` },
        { label: 'Impact: cost', value: orNotGiven(problem.cost) },
        { label: 'Impact: reputation', value: orNotGiven(problem.reputation) },
        { label: 'Impact: severity', value: SEVERITY_LABELS[problem.severity] },
      ],
    },
    { kind: 'heading', text: 'Data and information gathered (AC 2.2)' },
    tableOr('No sources entered yet.', {
      columns: ['Source', 'Type', 'How it was gathered', 'What it showed'],
      columnWidths: [2.4, 1.4, 2.6, 4],
      rows: sources.map((s) => [s.source.trim(), DATA_TYPE_LABELS[s.dataType], orDash(s.method), orNotGiven(s.findings)]),
    }),
    { kind: 'heading', text: 'Root cause analysis (AC 2.3)' },
    tableOr('5 whys: not used.', { caption: `5 whys: ${orNotGiven(rootCause.problemForWhys)}`, columns: ['Question', 'Answer'], columnWidths: [1, 6], rows: whys }),
    tableOr('Fishbone: not used.', { caption: 'Fishbone diagram: possible causes by category', columns: ['Category', 'Causes'], columnWidths: [1.6, 6], rows: fishbone }),
    { kind: 'fields', rows: [{ label: 'Root cause', value: orNotGiven(rootCause.statement) }] },
    { kind: 'heading', text: 'Options generated (AC 2.4)' },
    { kind: 'fields', rows: [{ label: 'How the options were generated', value: orNotGiven(data.optionsMethod) }] },
    tableOr('No options entered yet.', { columns: ['Option', 'Description'], columnWidths: [2, 6], rows: data.options.map((o) => [orNotGiven(o.name), orNotGiven(o.description)]) }),
    ...matrixBlocks(data),
    { kind: 'heading', text: 'The chosen option (AC 3.1)' },
    {
      kind: 'fields',
      rows: [
        { label: 'Chosen option', value: chosen ? orNotGiven(chosen.name) : 'Not chosen yet' },
        { label: 'Why', value: orNotGiven(data.decision.reason) },
      ],
    },
    { kind: 'heading', text: 'Management approval (AC 3.2)' },
    {
      kind: 'fields',
      rows: [
        { label: 'Approval sought from', value: [approval.approver.trim(), approval.approverRole.trim()].filter(Boolean).join(', ') || 'Not given' },
        { label: 'Date sought', value: dateOrNotGiven(approval.dateSought) },
        { label: 'How', value: orNotGiven(approval.how) },
        { label: 'Answer', value: ANSWER_LABELS[approval.answer] },
        { label: 'Date of answer', value: dateOrNotGiven(approval.dateAnswered) },
        { label: 'Conditions', value: approval.conditions.trim() || 'None' },
      ],
    },
    { kind: 'heading', text: 'Implementation (AC 4.1)' },
    tableOr('No actions entered yet.', {
      columns: ['Action', 'Owner', 'Due', 'Status', 'Progress'],
      columnWidths: [3, 2.2, 1.5, 1.2, 3],
      rows: actions.map((a) => [
        a.action.trim(),
        ownerText(a.owner, a.ownerKind),
        dateOrNotGiven(a.dueDate),
        STATUS_LABELS[a.status],
        orDash(a.progress),
      ]),
    }),
    { kind: 'heading', text: 'Evaluation (AC 4.2)' },
    tableOr('No measures entered yet.', { caption: 'Measures before and after', columns: ['Measure', 'Before', 'After'], columnWidths: [4, 2, 2], rows: measures.map((m) => [m.measure.trim(), orDash(m.before), orDash(m.after)]) }),
    {
      kind: 'fields',
      rows: [
        { label: 'Outcome', value: OUTCOME_LABELS[evaluation.outcome] },
        { label: 'What the evidence shows', value: orNotGiven(evaluation.evidence) },
        { label: 'Further actions', value: evaluation.furtherActions.trim() || 'None' },
      ],
    },
  ];
}
