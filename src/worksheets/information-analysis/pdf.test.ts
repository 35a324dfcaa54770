import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../lib/evidence-types';
import { createInformationAnalysisExample } from './example';
import { informationAnalysisMeta } from './meta';
import { createEmptyInformationAnalysis } from './model';
import { informationAnalysisEvidenceBlocks } from './pdf';
import { informationAnalysisSpreadsheetTables } from './spreadsheet';

const example = () => createInformationAnalysisExample().data;
const text = (blocks: PdfBlock[]) => JSON.stringify(blocks);

describe('the PDF', () => {
  it('labels a section with every AC the worksheet claims, in the spec’s words', () => {
    const headings = informationAnalysisEvidenceBlocks(example()).filter((b) => b.kind === 'heading').map((b) => b.text);
    for (const criterion of informationAnalysisMeta.criteria) expect(headings.some((h) => h.includes(`AC ${criterion.code} ${criterion.text}`))).toBe(true);
  });

  it('shows the working: scores, the choice of the best three, the moving average and change', () => {
    const all = text(informationAnalysisEvidenceBlocks(example()));
    expect(all).toContain('5 + 5 + 4 + 5 + 4 = 23 of 25');
    expect(all).toContain('Level with Competitors’ websites and price lists on 20: placed above it for higher accuracy (4 against 3).');
    expect(all).toContain('The highest source not chosen, ONS business counts and Visit Cornwall visitor statistics, scores 19: 1 below the third chosen, Competitors’ websites and price lists (20).');
    expect(all).toContain('(£18,137 + £17,836 + £17,819) ÷ 3 = £17,930.67');
    expect(all).toContain('(£17,836 − £18,137) ÷ £18,137 = -1.7 %');
    expect(all).toContain('4 of 8 customers (50 %) make 85.2 % of sales.');
  });

  it('gives the chart’s figures as a table too', () => {
    const blocks = informationAnalysisEvidenceBlocks(example());
    const chart = blocks.find((b) => b.kind === 'lineChart');
    const table = blocks[blocks.indexOf(chart!) - 1];
    expect(chart && chart.kind === 'lineChart' && chart.xLabels).toHaveLength(24);
    expect(table && table.kind === 'table' && table.rows.map((r) => r[0])).toEqual(chart && chart.kind === 'lineChart' ? chart.xLabels : []);
    expect(chart && chart.kind === 'lineChart' && chart.series[1]!.values.slice(0, 3)).toEqual([null, null, (18137 + 17836 + 17819) / 3]);
  });

  it('says plainly what is missing in a new document, never a blank table or chart', () => {
    const blocks = informationAnalysisEvidenceBlocks(createEmptyInformationAnalysis());
    expect(blocks.some((b) => b.kind === 'lineChart')).toBe(false);
    expect(text(blocks)).toContain('No sales figures imported.');
    expect(text(blocks)).toContain('Nothing gathered about markets yet.');
  });
});

describe('the spreadsheet tables', () => {
  it('give the figures and the results with raw numbers', () => {
    const tables = informationAnalysisSpreadsheetTables(example());
    expect(tables.find((t) => t.title === 'Sales figures')!.rows).toHaveLength(288);
    expect(tables.find((t) => t.title === 'Comparison by region')!.rows.at(-1)).toEqual(['Total', 239528, 248091, 8563, 3.6]);
    expect(tables.find((t) => t.title === 'Source reliability')!.rows[0]).toEqual([1, 'Our CRM and sales records', 'Internal (inside your organisation)', 5, 5, 4, 5, 4, 23, 'Yes']);
  });
});
