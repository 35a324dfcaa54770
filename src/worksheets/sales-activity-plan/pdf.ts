import { dateOrNotGiven } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { formatMoney, formatNumber, formatPercent } from '../../lib/numbers';
import { acHeading as sectionHeading, tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import {
  accountName,
  availability,
  budget,
  budgetToTarget,
  indicatorProgress,
  periodProblem,
  periodText,
  rankAccounts,
  readActivityHours,
  readActual,
  weeklyLoad,
  weightedWorking,
} from './calculations';
import { chartMax, plannedDoneBars, plannedDoneRows } from './chart-data';
import { ACCOUNT_KIND_LABELS, CONTACT_METHOD_LABELS, costKindLabel, LIKELIHOOD_LABELS, OUTCOME_LABELS } from './labels';
import { COST_KINDS, hasText, isStartedActivity, type SalesActivityPlanData } from './model';
import { salesActivityPlanMeta } from './meta';

const acHeading = (title: string, codes: string[]) => sectionHeading(salesActivityPlanMeta.criteria, title, codes);
const hoursText = (hours: number | null) => (hours === null ? 'Not known' : `${formatNumber(hours, { decimals: 1 })} h`);

/** The worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function salesActivityPlanEvidenceBlocks(data: SalesActivityPlanData): PdfBlock[] {
  return [...planBlocks(data), ...resourceBlocks(data), ...consultationBlocks(data), ...indicatorBlocks(data), ...issueBlocks(data), ...evaluationBlocks(data)];
}

function planBlocks(data: SalesActivityPlanData): PdfBlock[] {
  const ranked = rankAccounts(data.accounts);
  const unranked = data.accounts.filter((a) => hasText(a.name) && !ranked.some((r) => r.account.id === a.id));
  const activities = data.activities.filter(isStartedActivity).sort((a, b) => (a.date || '9').localeCompare(b.date || '9'));
  return [
    acHeading('The sales activity plan', ['2.1']),
    {
      kind: 'fields',
      rows: [
        { label: 'Organisation', value: orNotGiven(data.organisation) },
        { label: 'Role', value: orNotGiven(data.role) },
        { label: 'Personal sales target', value: orNotGiven(data.target) },
        { label: 'Target’s value', value: orNotGiven(data.targetValue) },
        { label: 'Period', value: periodText(data.start, data.end) || `${dateOrNotGiven(data.start)} to ${dateOrNotGiven(data.end)}` },
        ...(periodProblem(data.start, data.end) ? [{ label: 'Period check', value: periodProblem(data.start, data.end)! }] : []),
      ],
    },
    tableOr('No customers or prospects listed yet.', {
      caption: 'Prioritised customers and prospects, ranked by potential value × probability of a sale',
      columns: ['Rank', 'Customer or prospect', 'Kind', 'Weighted value (value × probability)', 'Notes'],
      columnWidths: [0.6, 2, 1.1, 2.2, 3],
      rows: [
        ...ranked.map((r) => [String(r.rank), r.account.name.trim(), r.account.kind ? ACCOUNT_KIND_LABELS[r.account.kind] : 'Not given', weightedWorking(r), orNotGiven(r.account.notes)]),
        ...unranked.map((a) => ['–', a.name.trim(), a.kind ? ACCOUNT_KIND_LABELS[a.kind] : 'Not given', 'Not ranked: value or probability missing', orNotGiven(a.notes)]),
      ],
    }),
    tableOr('No activities planned yet.', {
      caption: 'Planned activities, in date order, with what became of each',
      columns: ['Date', 'Customer or prospect', 'Method', 'Objective', 'Hours', 'Outcome'],
      columnWidths: [1.3, 1.8, 1, 3, 0.7, 2.4],
      rows: activities.map((a) => {
        const hours = readActivityHours(a.hours);
        return [
          dateOrNotGiven(a.date),
          accountName(data.accounts, a.accountId) || 'Not chosen',
          a.method ? CONTACT_METHOD_LABELS[a.method] : 'Not chosen',
          orNotGiven(a.objective),
          hours.ok ? formatNumber(hours.value) : orNotGiven(a.hours),
          a.outcome ? `${OUTCOME_LABELS[a.outcome]}${hasText(a.result) ? `: ${a.result.trim()}` : ''}` : 'Still to come',
        ];
      }),
    }),
  ];
}

function resourceBlocks(data: SalesActivityPlanData): PdfBlock[] {
  const hours = availability(data);
  const loads = weeklyLoad(data);
  const costs = budget(data.costs, COST_KINDS);
  const ratio = budgetToTarget(costs.total, data.targetValue);
  return [
    acHeading('Resources and budget', ['2.2']),
    {
      kind: 'fields',
      rows: [
        { label: 'Working week', value: hours.weekly === null ? orNotGiven(data.weeklyHours) : `${formatNumber(hours.weekly)} hours` },
        { label: 'Other obligations blocked out', value: data.obligations.filter((o) => hasText(o.what)).map((o) => `${o.what.trim()} (${orNotGiven(o.hoursPerWeek)} h)`).join('; ') || 'None given' },
        { label: 'Hours available for sales activities', value: hours.problem ?? (hours.working || 'Not known yet') },
      ],
    },
    tableOr('The weeks appear once the plan is dated over at least a month.', {
      caption: 'Hours planned against hours available, week by week (a part week has its share of the hours)',
      columns: ['Week', 'Activities', 'Hours planned', 'Hours available', 'Spare (or over)'],
      rows: loads.map((l) => [l.week.label, String(l.planned), hoursText(l.hours), hoursText(l.available), l.spare === null ? 'Not known' : l.spare < 0 ? `Over by ${hoursText(-l.spare)}` : hoursText(l.spare)]),
    }),
    tableOr('No costs estimated yet.', {
      caption: 'Costs, each with its working',
      columns: ['Kind', 'What for', 'Working', 'Amount'],
      columnWidths: [1.2, 3, 2, 1],
      rows: costs.lines.map((l) => [costKindLabel(l.line.kind), orNotGiven(l.line.what), l.working, formatMoney(l.amount, { pence: 'always' })]),
    }),
    tableOr('No totals yet.', {
      caption: 'Budget by kind of cost',
      columns: ['Kind', 'Costs', 'Working', 'Total'],
      columnWidths: [1.5, 0.8, 3, 1.2],
      rows: [
        ...costs.byKind.map((k) => [costKindLabel(k.kind), String(k.lines), k.working, formatMoney(k.total, { pence: 'always' })]),
        ...(costs.byKind.length ? [['Total', String(costs.lines.length), costs.working, formatMoney(costs.total, { pence: 'always' })]] : []),
      ],
    }),
    ...(costs.unreadable ? [{ kind: 'paragraph', text: `${costs.unreadable} cost${costs.unreadable === 1 ? ' is' : 's are'} left out of the totals: the number or cost does not read.` } satisfies PdfBlock] : []),
    ...(ratio ? [{ kind: 'paragraph', text: `Budget against target: ${ratio.text}.` } satisfies PdfBlock] : []),
  ];
}

function consultationBlocks(data: SalesActivityPlanData): PdfBlock[] {
  return [
    acHeading('Colleagues consulted when finalising the plan', ['2.3']),
    tableOr('No colleague consulted yet.', {
      columns: ['Colleague', 'Role', 'Date', 'What they said', 'What changed in the plan'],
      columnWidths: [1.3, 1.5, 1.2, 3, 3],
      rows: data.colleagues.filter((c) => hasText(c.name) || hasText(c.feedback)).map((c) => [orNotGiven(c.name), orNotGiven(c.role), dateOrNotGiven(c.date), orNotGiven(c.feedback), orNotGiven(c.change)]),
    }),
  ];
}

function indicatorBlocks(data: SalesActivityPlanData): PdfBlock[] {
  const indicators = data.indicators.filter((i) => hasText(i.name) || hasText(i.target));
  const rows = plannedDoneRows(data);
  return [
    acHeading('Indicators and monitoring', ['3.1']),
    tableOr('No indicators stated yet.', {
      caption: 'Agreed indicators and progress against their targets',
      columns: ['Indicator', 'Target', 'Agreed with', 'Recorded and reported', 'Progress'],
      columnWidths: [2.2, 0.9, 1.8, 2, 1.5],
      rows: indicators.map((i) => [orNotGiven(i.name), orNotGiven(i.target), orNotGiven(i.agreedWith), orNotGiven(i.recordedBy), indicatorProgress(i).text]),
    }),
    tableOr('No figures logged yet.', {
      caption: 'Figures logged as the plan ran',
      columns: ['Indicator', 'Date', 'Figure', 'Note'],
      columnWidths: [2.2, 1.3, 1, 3],
      rows: indicators.flatMap((i) =>
        i.actuals
          .filter((a) => a.date !== '' || hasText(a.value))
          .map((a) => [orNotGiven(i.name), dateOrNotGiven(a.date), readActual(a.value).ok ? a.value.trim() : `Not counted: ${orNotGiven(a.value)}`, orNotGiven(a.note)]),
      ),
    }),
    tableOr('The weeks appear once the plan is dated over at least a month.', {
      caption: 'Activities planned against done, per week',
      columns: ['Week', 'Planned', 'Done', 'Done of planned'],
      rows: rows.map((r) => [r.label, String(r.planned), String(r.done), r.planned ? formatPercent(r.done / r.planned, { decimals: 0 }) : '–']),
    }),
    ...(rows.some((r) => r.planned > 0)
      ? [{ kind: 'barChart', caption: 'Activities planned against done, per week (the figures are in the table above)', valueLabel: 'Activities', maxValue: chartMax(rows), rows: plannedDoneBars(rows) } satisfies PdfBlock]
      : []),
  ];
}

function issueBlocks(data: SalesActivityPlanData): PdfBlock[] {
  return [
    acHeading('Potential issues', ['3.2']),
    tableOr('No potential issues analysed yet.', {
      columns: ['Potential issue', 'Likelihood', 'Effect on the planned activities', 'What I will do'],
      columnWidths: [2.5, 1, 3, 3],
      rows: data.issues.filter((i) => hasText(i.issue)).map((i) => [i.issue.trim(), i.likelihood ? LIKELIHOOD_LABELS[i.likelihood] : 'Not given', orNotGiven(i.effect), orNotGiven(i.action)]),
    }),
  ];
}

function evaluationBlocks(data: SalesActivityPlanData): PdfBlock[] {
  return [
    acHeading('Evaluation of my sales planning', ['3.3']),
    {
      kind: 'fields',
      rows: [
        { label: 'What my organisation requires', value: orNotGiven(data.requirements) },
        { label: 'How effective my planning was', value: orNotGiven(data.evaluation) },
        { label: 'If the plan goes off track, and next time', value: orNotGiven(data.offTrack) },
      ],
    },
  ];
}
