import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../lib/evidence-types';
import { createObjectionPreparationExample } from './example';
import { createEmptyObjectionPreparation } from './model';
import { objectionPreparationEvidenceBlocks } from './pdf';

const text = (blocks: PdfBlock[]) => JSON.stringify(blocks);

describe('the objection preparation as PDF blocks', () => {
  const blocks = objectionPreparationEvidenceBlocks(createObjectionPreparationExample().data);

  it('labels each section with the AC it evidences, in the spec’s words', () => {
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Prospects and the objections expected: AC 2.1 Prepare to deal with potential customer objections',
      'Review of previous customer objections: AC 2.2 Review previous customer objections to prepare responses to common customer objections',
      'A positive mindset before the meetings: AC 2.3 Create a positive mindset before sales meetings with customers',
      'Observation records of the sales meetings: AC 3.1 Use open and probing questions to gain customer commitment at each stage of the sales meeting; AC 3.2 Explore customer objections to identify and prioritise concerns; AC 3.3 Respond to verbal and non-verbal signals during the sales meeting; AC 3.4 Confirm how objections can be overcome with customers',
      'Good practice (beyond the specification; not needed for completeness)',
    ]);
  });

  it('has the chart’s figures as a bar chart and a table', () => {
    const chart = blocks.find((b) => b.kind === 'barChart');
    expect(chart).toMatchObject({ maxValue: 14, rows: [{ value: 14 }, { value: 10 }, { value: 4 }] });
    expect(text(blocks)).toContain('14 of 28 (50 %)');
  });

  it('gives each observation record the observer’s details and a signature block', () => {
    const all = text(blocks);
    for (const expected of ['Sarah Whitcombe', 'Line manager', 'Marcus Bell', 'Coach', 'Observer’s signature', 'Date signed', 'Customer’s permission to observe and record']) {
      expect(all).toContain(expected);
    }
  });

  it('says what is missing in a blank document rather than printing empty tables', () => {
    const empty = text(objectionPreparationEvidenceBlocks(createEmptyObjectionPreparation()));
    for (const expected of ['No prospect entered yet.', 'No previous objections recorded yet.', 'No technique recorded yet.', 'No observed meeting recorded yet.']) expect(empty).toContain(expected);
    expect(empty).not.toContain('barChart');
  });
});
