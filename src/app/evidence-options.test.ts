import { describe, expect, it } from 'vitest';
import { interactiveWorksheets } from '../worksheets/registry';
import { evidenceOptionsFor } from './evidence-options';

const metas = interactiveWorksheets.map((w) => w.meta);
const doc = (id: string, worksheetId: string, workedExample?: { unchanged: number; total: number }) => ({
  id,
  name: `Doc ${id}`,
  worksheetId,
  summary: { met: 0, total: 1, ...(workedExample ? { workedExample } : {}) },
});

describe('the worksheet documents a workbook may offer as evidence', () => {
  it('lists every interactive worksheet with the AC it can evidence, the SMART writer for L3S1 and L3S3 too', () => {
    const options = evidenceOptionsFor([], metas);
    const smart = options.worksheets.find((w) => w.title === 'SMART objective writer');
    expect(smart?.criteria).toEqual(expect.arrayContaining(['L3C4 1.1', 'L3S3 2.1', 'L3S3 2.4', 'L3S1 2.1', 'L3S1 2.3', 'L4C2 1.3']));
    // Issue 22: the writer has no fields for L3C4 3.1, so it does not offer itself for it.
    expect(smart?.criteria).not.toContain('L3C4 3.1');
    expect(options.worksheets.find((w) => w.title === 'PESTLE builder')?.criteria).toEqual(['L3B2 2.1', 'L3B2 2.2', 'L3B2 2.3']);
  });

  it('offers the learner’s own documents, never a worked example, a workbook or an unknown worksheet', () => {
    const options = evidenceOptionsFor(
      [doc('a', 'pestle'), doc('b', 'pestle', { unchanged: 9, total: 10 }), doc('c', 'workbook-L3B2'), doc('d', 'gone')],
      metas,
    );
    expect(options.documents).toEqual([{ id: 'a', name: 'Doc a', worksheetTitle: 'PESTLE builder', criteria: ['L3B2 2.1', 'L3B2 2.2', 'L3B2 2.3'] }]);
  });
});
