import { describe, expect, it } from 'vitest';
import { createWitnessTestimonyExample } from './example';
import { createEmptyWitnessTestimony } from './model';
import { observedDates, witnessTestimonyEvidenceBlocks } from './pdf';
import { witnessTestimonyTables } from './spreadsheet';

const text = (blocks: ReturnType<typeof witnessTestimonyEvidenceBlocks>) => JSON.stringify(blocks);

describe('witness testimony: the PDF blocks', () => {
  it('prints each chosen AC, in the spec’s words, under a heading with its account', () => {
    const blocks = witnessTestimonyEvidenceBlocks(createWitnessTestimonyExample().data);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toContain('What the witness saw: AC 2.4 Create a \'win-win\' situation during negotiations');
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('What the witness saw: AC 3.3'));
    expect(blocks[at + 1]).toMatchObject({ kind: 'paragraph' });
    expect(text([blocks[at + 1]!])).toContain('signed the order form');
  });

  it('prints the witness, the declaration in the toolkit’s words and lines to sign, and the assessor’s block', () => {
    const all = text(witnessTestimonyEvidenceBlocks(createWitnessTestimonyExample().data));
    for (const words of ['Gareth Morgan', 'Line manager', 'Two years, as her line manager', '14 October 2026', 'the toolkit’s wording', 'I confirm that this is a true account of what I observed', 'Witness’s signature', '16 October 2026', 'Assessor’s decision on this testimony', 'Accepted as evidence / Not accepted (delete one)', 'Assessor’s signature']) {
      expect(all).toContain(words);
    }
  });

  it('says so when nothing is chosen yet, and leaves lines to write on', () => {
    const all = text(witnessTestimonyEvidenceBlocks(createEmptyWitnessTestimony()));
    expect(all).toContain('No assessment criteria chosen yet.');
    expect(all).toContain('______');
  });

  it('prints one date or a period', () => {
    expect(observedDates({ observedFrom: '2026-10-14', observedTo: '' })).toBe('14 October 2026');
    expect(observedDates({ observedFrom: '2026-10-14', observedTo: '2026-10-21' })).toBe('14 October 2026 to 21 October 2026');
    expect(observedDates({ observedFrom: '', observedTo: '' })).toBe('Not given');
  });
});

describe('witness testimony: the spreadsheet table', () => {
  it('has a row per AC observed, with the witness and the dates on each', () => {
    const [table] = witnessTestimonyTables(createWitnessTestimonyExample().data);
    expect(table!.rows).toHaveLength(5);
    expect(table!.rows[0]!.slice(0, 9)).toEqual([
      'L3C3',
      '2.2',
      'LO2 Be able to plan and conduct sales negotiations with customers',
      'Conduct sales negotiations with customers',
      'Gareth Morgan',
      'Regional Sales Manager, South West',
      'Line manager',
      '2026-10-14',
      '2026-10-14',
    ]);
    expect(witnessTestimonyTables(createEmptyWitnessTestimony())[0]!.rows).toEqual([]);
  });
});
