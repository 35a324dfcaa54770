import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../lib/evidence-types';
import { createNegotiationPlanExample } from './example';
import { createEmptyNegotiationPlan } from './model';
import { negotiationPlanEvidenceBlocks } from './pdf';
import { negotiationPlanSpreadsheetTables } from './spreadsheet';

const text = (blocks: PdfBlock[]) => JSON.stringify(blocks);

describe('negotiationPlanEvidenceBlocks', () => {
  const blocks = negotiationPlanEvidenceBlocks(createNegotiationPlanExample().data);

  it('heads each part with the AC it evidences, in the spec’s words', () => {
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings[0]).toBe('Preparing the negotiations: AC 2.1 Prepare for sales negotiations');
    expect(headings[1]).toContain("AC 2.4 Create a 'win-win' situation during negotiations");
    expect(headings[2]).toContain('AC 3.4 Record the outcomes of customer negotiations');
  });

  it('prints the limits check, the concessions with their totals and trade-off, and the chart’s data as a table', () => {
    const all = text(blocks);
    expect(all).toContain('In order (walk-away ≤ target ≤ ideal); room to negotiate: 1,500');
    expect(all).toContain('In order (ideal ≤ target ≤ walk-away); room to negotiate: 8');
    expect(all).toContain('["Total","£850","£2,200","£1,350",""]');
    expect(all).toContain('Trade-off: £2,200 of value to them for £850 of cost to us');
    const chart = blocks.find((b) => b.kind === 'barChart');
    expect(chart).toMatchObject({ maxValue: 900 });
    expect(chart?.kind === 'barChart' && chart.rows.slice(0, 2)).toEqual([
      { label: 'Free installation and removal of the old ovens', value: 350, group: 'Cost to us' },
      { label: 'Free installation and removal of the old ovens', value: 900, group: 'Value to them' },
    ]);
  });

  it('gives each record the observer’s details, signature block and, where external, the line manager’s confirmation', () => {
    const all = text(blocks);
    for (const expected of ['Helen Marsh', 'Line manager', 'Marcus Bell', 'Coach', 'Observer’s signature', 'Date signed', 'Line manager confirming the records were updated', 'Line manager’s signature', '1. “So reliability']) {
      expect(all).toContain(expected);
    }
    expect(all.match(/Line manager’s signature/g)).toHaveLength(1);
  });

  it('says what is missing in a blank document rather than printing empty tables', () => {
    const empty = text(negotiationPlanEvidenceBlocks(createEmptyNegotiationPlan()));
    for (const expected of ['No negotiation planned yet.', 'No negotiation observed yet.', 'No negotiation closed yet.']) expect(empty).toContain(expected);
    expect(empty).not.toContain('barChart');
  });
});

describe('negotiationPlanSpreadsheetTables', () => {
  it('gives the limits and concessions as raw numbers', () => {
    const [negotiations, concessions, opportunities] = negotiationPlanSpreadsheetTables(createNegotiationPlanExample().data);
    expect(negotiations!.rows[0]).toEqual(['Negotiation 1: The Old Mill Hotel, Keswick', '2026-10-13', 'Price of the oven, installed (£)', 14500, 13800, 13000, 'Yes', 'Value proposition']);
    expect(concessions!.rows).toHaveLength(5);
    expect(concessions!.rows[0]!.slice(2, 5)).toEqual([350, 900, 550]);
    expect(opportunities!.rows).toHaveLength(3);
  });
});
