import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../lib/evidence-types';
import { createSalesActivityPlanExample } from './example';
import { createEmptySalesActivityPlan } from './model';
import { salesActivityPlanMeta } from './meta';
import { salesActivityPlanEvidenceBlocks } from './pdf';
import { salesActivityPlanSpreadsheetTables } from './spreadsheet';

const example = () => createSalesActivityPlanExample().data;
const text = (blocks: PdfBlock[]) => JSON.stringify(blocks);

describe('the PDF', () => {
  it('labels a section with every AC the worksheet claims, in the spec’s words', () => {
    const headings = salesActivityPlanEvidenceBlocks(example()).filter((b) => b.kind === 'heading').map((b) => b.text);
    for (const criterion of salesActivityPlanMeta.criteria) expect(headings.some((h) => h.includes(`AC ${criterion.code} ${criterion.text}`))).toBe(true);
  });

  it('shows the working: weighted values, cost amounts, totals by kind and hours available', () => {
    const all = text(salesActivityPlanEvidenceBlocks(example()));
    expect(all).toContain('£6,000 × 60 % = £3,600');
    expect(all).toContain('420 × £0.45 = £189');
    expect(all).toContain('£189 + £18 = £207');
    expect(all).toContain('£207 + £108 + £150 + £80 + £45 = £590');
    expect(all).toContain('37.5 − 2 − 5 − 1.5 = 29 hours a week for sales activities');
    expect(all).toContain('£590 budget for a £12,000 target: 4.9 % of the target');
    expect(all).toContain('8,500 of 12,000 (71 %)');
  });

  it('gives the chart’s figures as a table too: planned and done per week', () => {
    const blocks = salesActivityPlanEvidenceBlocks(example());
    const table = blocks.find((b) => b.kind === 'table' && b.caption === 'Activities planned against done, per week');
    expect(table && table.kind === 'table' && table.rows).toEqual([
      ['w/c 1 Mar', '2', '2', '100 %'],
      ['w/c 8 Mar', '2', '2', '100 %'],
      ['w/c 15 Mar', '3', '2', '67 %'],
      ['w/c 22 Mar', '2', '2', '100 %'],
      ['w/c 29 Mar', '1', '1', '100 %'],
    ]);
    const chart = blocks.find((b) => b.kind === 'barChart');
    expect(chart && chart.kind === 'barChart' && chart.rows.length).toBe(10);
  });

  it('says plainly what is missing in a new document, never a blank table or chart', () => {
    const blocks = salesActivityPlanEvidenceBlocks(createEmptySalesActivityPlan());
    expect(blocks.some((b) => b.kind === 'barChart')).toBe(false);
    expect(text(blocks)).toContain('No activities planned yet.');
    expect(text(blocks)).toContain('The weeks appear once the plan is dated over at least a month.');
  });
});

describe('the spreadsheet tables', () => {
  it('give raw numbers and dates, and the budget by kind with its total', () => {
    const tables = salesActivityPlanSpreadsheetTables(example());
    const byKind = tables.find((t) => t.title === 'Budget by kind')!;
    expect(byKind.rows.at(-1)).toEqual(['Total', 6, 590]);
    const weeks = tables.find((t) => t.title === 'Weeks')!;
    expect(weeks.rows[0]).toEqual(['2027-03-01', '2027-03-01', '2027-03-07', 2, 2, 3.5, 29, 25.5]);
    expect(weeks.rows.at(-1)).toEqual(['2027-03-29', '2027-03-29', '2027-03-31', 1, 1, 0.5, 17.4, 16.9]);
  });
});
