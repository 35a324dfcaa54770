import { describe, expect, it } from 'vitest';
import { summariseDocument } from '../lib/completeness';
import { noticeIfWorkedExample } from '../lib/worked-example';
import { rewriteAnswers } from '../test-support/own-work';
import { exampleOf } from '../lib/worksheet-definition';
import { worksheetsWithExamples } from '../worksheets/registry';

describe.each(worksheetsWithExamples.map((w) => [w.meta.id, w] as const))('the worked-example mark on %s', (_id, worksheet) => {
  it('is on the worked example, whatever it is named, and says all its answers are unchanged', async () => {
    const model = await worksheet.loadModel();
    const { workedExample } = summariseDocument(model, exampleOf(model).data);
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
    const { workedExample } = summariseDocument(model, rewriteAnswers(exampleOf(model).data));
    expect(noticeIfWorkedExample(workedExample)).toBeUndefined();
  });
});
