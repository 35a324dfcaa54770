import type { BarChartRow } from '../../lib/evidence-types';
import { concessionTotals } from './calculations';
import type { Negotiation } from './model';

/** Each counted concession as two bars, its cost to us and its value to them (£), for the page's chart and the PDF's. */
export function concessionChartRows(n: Pick<Negotiation, 'concessions'>): BarChartRow[] {
  return concessionTotals(n.concessions).rows.flatMap((r) => [
    { label: r.concession.what.trim(), value: r.cost, group: 'Cost to us' },
    { label: r.concession.what.trim(), value: r.value, group: 'Value to them' },
  ]);
}
