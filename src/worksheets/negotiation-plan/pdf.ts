import { dateOrNotGiven } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { formatMoney, formatNumber } from '../../lib/numbers';
import { observerDetailRows, observerSignOffRows } from '../../lib/observer';
import { goodPracticeBlocks } from '../../lib/good-practice';
import { acHeading as headingFor, tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { checkLimits, concessionTotals, orderInWords, tradeOffText } from './calculations';
import { concessionChartRows } from './chart-data';
import { negotiationPlanGoodPractice } from './completeness';
import { CLOSE_TECHNIQUE_LABELS, DIRECTION_LABELS, OPPORTUNITY_SHORT, STRATEGY_LABELS } from './labels';
import { hasText, negotiationName, type Negotiation, type NegotiationPlanData } from './model';
import { negotiationPlanMeta } from './meta';

const BLANK_LINE = '______________________________';

/** "AC 2.1 Prepare for sales negotiations": the section's AC in the spec's words. */
const acHeading = (title: string, codes: string[]) => headingFor(negotiationPlanMeta.criteria, title, codes);

/** The negotiations the learner has started: named, or with anything planned. */
const started = (data: NegotiationPlanData) => data.negotiations.map((n, index) => ({ n, name: negotiationName(n, index) })).filter(({ n }) => hasText(n.customer) || hasText(n.needs) || hasText(n.objective));

/** The worksheet as PDF blocks, in the order an assessor reads the evidence: the plan (AC 2.1), then the observation record. */
export function negotiationPlanEvidenceBlocks(data: NegotiationPlanData): PdfBlock[] {
  const negotiations = started(data);
  const blocks: PdfBlock[] = [
    acHeading('Preparing the negotiations', ['2.1']),
    { kind: 'fields', rows: [{ label: 'Organisation', value: orNotGiven(data.organisation) }] },
  ];
  if (!negotiations.length) blocks.push({ kind: 'paragraph', text: 'No negotiation planned yet.' });
  for (const { n, name } of negotiations) blocks.push(...planBlocks(n, name));
  blocks.push(acHeading('Observation record: conducting the negotiations', ['2.2', '2.3', '2.4', '2.5', '2.6', '2.7']));
  if (!negotiations.length) blocks.push({ kind: 'paragraph', text: 'No negotiation observed yet.' });
  for (const { n, name } of negotiations) blocks.push(...conductBlocks(n, name));
  blocks.push(acHeading('Observation record: objections, closes and records', ['3.1', '3.2', '3.3', '3.4']));
  if (!negotiations.length) blocks.push({ kind: 'paragraph', text: 'No negotiation closed yet.' });
  for (const { n, name } of negotiations) blocks.push(...closingBlocks(n, name));
  blocks.push(...goodPracticeBlocks(negotiationPlanGoodPractice(data)));
  return blocks;
}

function limitsText(n: Negotiation): string {
  const check = checkLimits(n);
  if (check.kind === 'ok') return `In order (${orderInWords(n.direction || 'higher')}); room to negotiate: ${formatNumber(check.room)}`;
  if (check.kind === 'incomplete') return `Not complete: ${check.missing.join(', ')}`;
  return check.message;
}

function planBlocks(n: Negotiation, name: string): PdfBlock[] {
  const totals = concessionTotals(n.concessions);
  const chartRows = concessionChartRows(n);
  const strategy = n.strategy === 'other' ? orNotGiven(n.strategyOther) : n.strategy ? STRATEGY_LABELS[n.strategy] : 'Not chosen';
  return [
    { kind: 'paragraph', text: name },
    {
      kind: 'fields',
      rows: [
        { label: 'Customer', value: orNotGiven(n.customer) },
        { label: 'Who you negotiate with', value: orNotGiven(n.contact) },
        { label: 'Date', value: dateOrNotGiven(n.date) },
        { label: 'The customer’s needs', value: orNotGiven(n.needs) },
        { label: 'Products or services to match them (AC 2.5)', value: orNotGiven(n.offer) },
        { label: 'Objective', value: orNotGiven(n.objective) },
        { label: 'Limits set on', value: orNotGiven(n.limitsOn) },
        { label: 'Which way', value: n.direction ? DIRECTION_LABELS[n.direction] : 'Not given' },
        { label: 'Ideal (like to have)', value: orNotGiven(n.ideal) },
        { label: 'Target (intend to have)', value: orNotGiven(n.target) },
        { label: 'Walk-away (must have)', value: orNotGiven(n.walkAway) },
        { label: 'Limits check', value: limitsText(n) },
      ],
    },
    tableOr(`No concessions planned for ${name} yet.`, {
      caption: `Concessions to trade: ${name} (AC 2.1, 2.4)`,
      columns: ['Concession', 'Cost to us', 'Value to them', 'Value less cost', 'Asked for in return'],
      columnWidths: [2.5, 1, 1, 1, 2.5],
      rows: [
        ...totals.rows.map((r) => [r.concession.what.trim(), formatMoney(r.cost), formatMoney(r.value), formatMoney(r.gain), orNotGiven(r.concession.inReturn)]),
        ...(totals.rows.length ? [['Total', formatMoney(totals.cost), formatMoney(totals.value), formatMoney(totals.gain), '']] : []),
      ],
    }),
    { kind: 'paragraph', text: `Trade-off: ${tradeOffText(totals)}${totals.uncounted ? ` ${totals.uncounted} concession${totals.uncounted === 1 ? '' : 's'} not counted: a figure is missing or not a number.` : ''}` },
    ...(chartRows.length ? [{ kind: 'barChart', caption: `Concessions for ${name}: cost to us against value to them (£)`, valueLabel: '£', maxValue: Math.max(...chartRows.map((r) => r.value)), rows: chartRows } satisfies PdfBlock] : []),
    tableOr(`No cross- or up-selling opportunity identified for ${name} yet.`, {
      caption: `Cross- and up-selling opportunities: ${name} (AC 2.3)`,
      columns: ['Kind', 'Product or service', 'The question to ask'],
      columnWidths: [1, 2, 4],
      rows: n.opportunities.filter((o) => hasText(o.product) || hasText(o.question)).map((o) => [o.kind ? OPPORTUNITY_SHORT[o.kind] : 'Not chosen', orNotGiven(o.product), orNotGiven(o.question)]),
    }),
    { kind: 'fields', rows: [{ label: 'Strategy chosen', value: strategy }, { label: 'Why it suits this customer', value: orNotGiven(n.strategyWhy) }] },
  ];
}

const closesText = (closes: Negotiation['observed']['microCloses']) => {
  const said = closes.filter((c) => hasText(c.said)).map((c, i) => `${i + 1}. ${c.said.trim()}`);
  return said.length ? said.join('\n') : 'Not given';
};

function conductBlocks(n: Negotiation, name: string): PdfBlock[] {
  const o = n.observed;
  return [
    { kind: 'paragraph', text: `${name}: observation record` },
    {
      kind: 'fields',
      rows: [
        ...observerDetailRows(o, 'negotiation'),
        { label: 'Observer from outside the organisation', value: o.isObserverExternal ? 'Yes' : 'No' },
        { label: 'How a win-win was created (AC 2.4)', value: orNotGiven(o.winWin) },
        { label: 'Questions asked about cross- and up-selling opportunities (AC 2.3)', value: orNotGiven(o.questionsAsked) },
        { label: 'Products and services matched to the customer’s needs (AC 2.5)', value: orNotGiven(o.needsMatched) },
        { label: 'Verbal buying signals and the response (AC 2.6)', value: orNotGiven(o.verbalSignals) },
        { label: 'Non-verbal buying signals and the response (AC 2.6)', value: orNotGiven(o.nonVerbalSignals) },
        { label: 'Micro closes used (AC 2.7)', value: closesText(o.microCloses) },
      ],
    },
  ];
}

function closingBlocks(n: Negotiation, name: string): PdfBlock[] {
  const o = n.observed;
  return [
    { kind: 'paragraph', text: `${name}: closing the sale` },
    {
      kind: 'fields',
      rows: [
        { label: 'Objections and concerns, and the responses (AC 3.1)', value: orNotGiven(o.objections) },
        { label: 'Trial closes applied (AC 3.2)', value: closesText(o.trialCloses) },
        { label: 'Close used (AC 3.3)', value: o.closeTechnique ? CLOSE_TECHNIQUE_LABELS[o.closeTechnique] : 'Not given' },
        { label: 'How the sale was closed, and the outcome (AC 3.3)', value: orNotGiven(o.howClosed) },
        { label: 'Records updated with the outcome (AC 3.4)', value: orNotGiven(o.recordsUpdated) },
        ...observerSignOffRows(o),
        ...(o.isObserverExternal
          ? [
              { label: 'Line manager confirming the records were updated', value: orNotGiven(o.managerName) },
              { label: 'Date confirmed', value: dateOrNotGiven(o.managerDate) },
              { label: 'Confirmed', value: o.isManagerConfirmed ? 'Yes' : 'Not yet' },
              { label: 'Line manager’s signature', value: BLANK_LINE },
            ]
          : []),
      ],
    },
  ];
}
