import type { SpreadsheetTable } from '../../lib/evidence-types';
import { spreadsheetNumber } from '../../lib/numbers';
import { checkLimits, concessionTotals, readAmount } from './calculations';
import { OPPORTUNITY_SHORT, STRATEGY_LABELS } from './labels';
import { hasText, negotiationName, type NegotiationPlanData } from './model';

const figure = (typed: string) => {
  const reading = readAmount(typed);
  return reading.ok ? spreadsheetNumber(reading.value) : null;
};

/** The worksheet's tables for a spreadsheet, with raw numbers (pounds, or the unit the limits are set in) and yyyy-mm-dd dates. */
export function negotiationPlanSpreadsheetTables(data: NegotiationPlanData): SpreadsheetTable[] {
  const named = data.negotiations.map((n, index) => ({ n, name: negotiationName(n, index) })).filter(({ n }) => hasText(n.customer));
  return [
    {
      title: 'Negotiations',
      columns: ['Negotiation', 'Date', 'Limits set on', 'Ideal', 'Target', 'Walk-away', 'Limits in order', 'Strategy'],
      rows: named.map(({ n, name }) => [
        name,
        n.date,
        n.limitsOn.trim(),
        figure(n.ideal),
        figure(n.target),
        figure(n.walkAway),
        checkLimits(n).kind === 'ok' ? 'Yes' : 'No',
        n.strategy === 'other' ? n.strategyOther.trim() : n.strategy ? STRATEGY_LABELS[n.strategy] : '',
      ]),
    },
    {
      title: 'Concessions',
      columns: ['Negotiation', 'Concession', 'Cost to us (£)', 'Value to them (£)', 'Value less cost (£)', 'Asked for in return'],
      rows: named.flatMap(({ n, name }) =>
        concessionTotals(n.concessions).rows.map((r) => [name, r.concession.what.trim(), spreadsheetNumber(r.cost), spreadsheetNumber(r.value), spreadsheetNumber(r.gain), r.concession.inReturn.trim()]),
      ),
    },
    {
      title: 'Cross- and up-selling opportunities',
      columns: ['Negotiation', 'Kind', 'Product or service', 'The question to ask'],
      rows: named.flatMap(({ n, name }) => n.opportunities.filter((o) => hasText(o.product)).map((o) => [name, o.kind ? OPPORTUNITY_SHORT[o.kind] : '', o.product.trim(), o.question.trim()])),
    },
  ];
}
