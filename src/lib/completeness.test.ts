import { describe, expect, it } from 'vitest';
import { rewriteAnswers } from '../test-support/own-work';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestlePageModel } from '../worksheets/pestle/page-model';
import { correctedSummary, summariseDocument } from './completeness';

// A section page opens with the page model (no worked example) and saves summaries with it until
// the whole model arrives; correctedSummary is what it then saves instead.
describe('a summary saved before the worked example arrived', () => {
  const example = pestleModel.createExample().data;

  it('counts nothing as the example’s, so it is wrong for the worked example itself', () => {
    const early = summariseDocument(pestlePageModel, example);
    expect(early.workedExample).toEqual({ unchanged: 0, total: 0 });
    expect(summariseDocument(pestleModel, example).workedExample!.unchanged).toBeGreaterThan(5);
  });

  it('is corrected to the whole model’s summary once the example has arrived', () => {
    const early = summariseDocument(pestlePageModel, example);
    const corrected = correctedSummary(pestleModel, example, early);
    expect(corrected).toEqual(summariseDocument(pestleModel, example));
    expect(corrected!.workedExample!.unchanged).toBe(corrected!.workedExample!.total);
  });

  it('is left alone when it was already right, whatever order its keys were saved in', () => {
    const own = rewriteAnswers(example);
    const right = summariseDocument(pestleModel, own);
    expect(correctedSummary(pestleModel, own, right)).toBeNull();
    const { workedExample, ...counts } = right;
    expect(correctedSummary(pestleModel, own, { workedExample, ...counts })).toBeNull();
  });
});
