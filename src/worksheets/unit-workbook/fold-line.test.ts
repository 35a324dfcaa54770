import { describe, expect, it } from 'vitest';
import { unitSpec } from '../../lib/spec/all-units';
import { criterionFoldLine, workbookCompleteness } from './completeness';
import { buildExample } from './example';
import L3B1 from './examples/L3B1';
import L3L1 from './examples/L3L1';
import type { WorkbookData } from './model';

const l3b1 = unitSpec('L3B1')!;
const l3l1 = unitSpec('L3L1')!;
const b1 = buildExample(l3b1, L3B1).data;
const l1 = buildExample(l3l1, L3L1).data;
const codes = (unit: typeof l3b1) => unit.outcomes.flatMap((o) => o.criteria.map((c) => c.code));

const withAnswer = (data: WorkbookData, code: string, change: Partial<WorkbookData['answers'][number]>): WorkbookData => ({
  ...data,
  answers: data.answers.map((a) => (a.code === code ? { ...a, ...change } : a)),
});

describe('an AC of a workbook folded to one line once its work is finished', () => {
  it('folds every AC of a worked example that meets every rule', () => {
    expect(workbookCompleteness(l3b1, b1).every((item) => item.isMet)).toBe(true);
    for (const code of codes(l3b1)) expect(criterionFoldLine(l3b1, b1, code), code).toMatch(/^(Answered: |\d+ evidence record)/);
  });

  it('starts the line with the answer, and names the lists the guidance asks for at that AC', () => {
    expect(criterionFoldLine(l3b1, b1, '1.1')).toMatch(/^Answered: At Northgate Office Supplies .*… \(and the list the guidance asks for\)$/);
  });

  it('counts a practical AC’s complete evidence records', () => {
    const line = criterionFoldLine(l3l1, l1, '2.2');
    expect(line).toMatch(/^\d+ evidence records?/);
  });

  it('stays open while the answer is empty or a list the guidance sets is short', () => {
    expect(criterionFoldLine(l3b1, withAnswer(b1, '1.1', { text: ' ' }), '1.1')).toBeNull();
    const shortList = { ...b1, minimums: b1.minimums.map((m) => ({ ...m, entries: m.entries.slice(0, 1) })) };
    expect(criterionFoldLine(l3b1, shortList, '1.2')).toBeNull();
    expect(criterionFoldLine(l3b1, b1, '9.9')).toBeNull();
  });

  it('leaves an AC evidenced by a worksheet document as it is (one line already)', () => {
    const linked = withAnswer(b1, '1.1', { evidence: { documentId: 'd1', documentName: 'Café review', worksheetTitle: 'PESTLE builder' } });
    expect(criterionFoldLine(l3b1, linked, '1.1')).toBeNull();
  });
});
