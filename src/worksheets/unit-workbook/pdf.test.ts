import { describe, expect, it } from 'vitest';
import { unitSpec } from '../../lib/spec/all-units';
import { workbookModel } from './definition';
import { createEmptyWorkbook } from './model';
import { workbookEvidenceBlocks } from './pdf';

const L3C3 = unitSpec('L3C3')!;
const textOf = (blocks: ReturnType<typeof workbookEvidenceBlocks>) => JSON.stringify(blocks);

describe('the workbook’s PDF content', () => {
  it('has every LO and every AC in the spec’s words, in order', () => {
    const blocks = workbookEvidenceBlocks(L3C3, createEmptyWorkbook(L3C3));
    const text = textOf(blocks);
    for (const outcome of L3C3.outcomes) {
      expect(text).toContain(`Learning outcome ${outcome.number}: ${outcome.text}`);
      for (const criterion of outcome.criteria) expect(text).toContain(`AC ${criterion.code} ${criterion.text}`);
    }
  });

  it('prints practical evidence records, list entries with the guidance quoted, and a linked document by name', () => {
    const data = createEmptyWorkbook(L3C3);
    data.answers.find((answer) => answer.code === '2.2')!.records = [{ id: 'r', what: 'Observation record', where: 'Folder 2', date: '2026-10-01', by: 'Sam Patel' }];
    data.answers.find((answer) => answer.code === '1.1')!.evidence = { documentId: 'd', documentName: 'Spring review', worksheetTitle: 'Negotiation planner' };
    data.minimums.find((minimum) => minimum.key === '2.7: at least two micro closes')!.entries[0]!.text = 'Would Tuesday suit you?';
    const blocks = workbookEvidenceBlocks(L3C3, data);
    expect(blocks).toContainEqual({
      kind: 'table',
      caption: 'Evidence records',
      columns: ['What the evidence is', 'Where it is kept', 'Date', 'Observed or witnessed by'],
      columnWidths: [3, 2.4, 1.2, 2],
      rows: [['Observation record', 'Folder 2', '1 October 2026', 'Sam Patel']],
    });
    expect(textOf(blocks)).toContain('Evidenced by Negotiation planner: “Spring review”');
    expect(textOf(blocks)).toContain('micro closes in each sales negotiation (“at least two micro closes”)');
    expect(textOf(blocks)).toContain('Would Tuesday suit you?');
  });

  it('is loaded per unit, with the unit’s worked example where one is written', async () => {
    const l3b1 = await workbookModel('L3B1');
    const l3b5 = await workbookModel('L3B5');
    expect(l3b1.createExample?.().data.unit).toBe('L3B1');
    expect(l3b5.createExample).toBeUndefined();
    expect(await workbookModel('L3B1')).toBe(l3b1);
  });
});
