import { describe, expect, it } from 'vitest';
import { summariseDocument } from '../lib/completeness';
import { isWrittenAnswer, noticeIfWorkedExample } from '../lib/worked-example';
import { worksheets } from '../worksheets/registry';

/** The document with every written answer rewritten, as a learner making the example their own would. */
function rewritten(value: unknown): unknown {
  // Written answers only: choices and dates must stay valid.
  if (typeof value === 'string') return isWrittenAnswer(value) ? `${value} (mine)` : value;
  if (Array.isArray(value)) return value.map(rewritten);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === 'id' ? child : rewritten(child)]));
  }
  return value;
}

describe.each(worksheets.map((w) => [w.meta.id, w] as const))('the worked-example mark on %s', (_id, worksheet) => {
  it('is on the worked example, whatever it is named, and says all its answers are unchanged', async () => {
    const model = await worksheet.loadModel();
    const { workedExample } = summariseDocument(model, model.createExample().data);
    expect(workedExample!.total).toBeGreaterThan(5);
    expect(workedExample!.unchanged).toBe(workedExample!.total);
    expect(noticeIfWorkedExample(workedExample)).toMatch(/worked example, unchanged\. It is not the learner’s own evidence/);
  });

  it('is not on a blank document', async () => {
    const model = await worksheet.loadModel();
    const { workedExample } = summariseDocument(model, model.createEmpty());
    expect(workedExample!.unchanged).toBe(0);
    expect(noticeIfWorkedExample(workedExample)).toBeUndefined();
  });

  it('goes once the learner has rewritten the answers', async () => {
    const model = await worksheet.loadModel();
    const { workedExample } = summariseDocument(model, rewritten(model.createExample().data));
    expect(noticeIfWorkedExample(workedExample)).toBeUndefined();
  });
});
