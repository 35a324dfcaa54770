import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../lib/evidence-types';
import { createCommunicationPlanExample } from './example';
import { communicationPlanMeta } from './meta';
import { createEmptyCommunicationPlan } from './model';
import { communicationPlanEvidenceBlocks } from './pdf';
import { communicationPlanSpreadsheetTables } from './spreadsheet';

const example = () => createCommunicationPlanExample().data;
const headings = (blocks: PdfBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const table = (blocks: PdfBlock[], caption: string) => {
  const found = blocks.find((b) => b.kind === 'table' && b.caption === caption);
  if (found?.kind !== 'table') throw new Error(`no table "${caption}"`);
  return found;
};

describe('the PDF of a communication plan', () => {
  it('has a section per part, each labelled with its AC and quoting the AC in the spec’s words', () => {
    const blocks = communicationPlanEvidenceBlocks(example());
    expect(headings(blocks)).toEqual([
      'The organisation',
      'Target audiences (AC 3.1)',
      'Communication plan and timeline (AC 3.2)',
      'My communication preferences (AC 3.3)',
      'Barriers to communication and how to overcome them (AC 2.2, 2.3)',
    ]);
    const text = JSON.stringify(blocks);
    for (const criterion of communicationPlanMeta.criteria) expect(text).toContain(`AC ${criterion.code} ${criterion.text}.`);
  });

  it('prints each audience’s evaluation, the timeline in date order with its span, and the chosen audience', () => {
    const data = example();
    [data.activities[0], data.activities[4]] = [data.activities[4]!, data.activities[0]!];
    const blocks = communicationPlanEvidenceBlocks(data);
    expect(table(blocks, 'Audience 2: New prospects: events managers at conference venues').rows[3]![0]).toBe('Legal factors');
    const timeline = table(blocks, 'Communication activities in date order');
    expect(timeline.rows.map((row) => row[0])).toEqual(['11 January 2027', '18 January 2027', '25 January 2027', '15 February 2027', '1 March 2027']);
    const text = JSON.stringify(blocks);
    expect(text).toContain('5 dated activities from 11 January 2027 to 1 March 2027, over 7 weeks.');
    expect(text).toContain('"label":"Target audience","value":"Existing customers: practice managers at dental surgeries"');
  });

  it('prints every self-rating pair, the actions with whom they are for, and the barriers with their level', () => {
    const blocks = communicationPlanEvidenceBlocks(example());
    expect(table(blocks, 'Self-rating: which way I lean').rows[0]).toEqual(['Writing it down (email, messages)', 'Talking it through (calls, meetings)', '1', 'Strongly: Writing it down (email, messages)']);
    expect(table(blocks, 'Actions to improve my communications with colleagues and customers').rows.map((r) => r[1])).toEqual(['Customers', 'Customers', 'Colleagues']);
    expect(table(blocks, 'Barriers at individual, team and organisational level').rows.map((r) => r[0])).toEqual(['Individual', 'Team', 'Organisational']);
  });

  it('says plainly what is missing in an empty plan, with no empty tables', () => {
    const blocks = communicationPlanEvidenceBlocks(createEmptyCommunicationPlan());
    const text = JSON.stringify(blocks);
    for (const expected of ['No target audience evaluated yet.', 'No communication activity planned yet.', 'No improvement action set yet.', 'No barrier explained yet.', '"value":"Not chosen"']) {
      expect(text).toContain(expected);
    }
    expect(blocks.filter((b) => b.kind === 'table' && b.rows.length === 0)).toEqual([]);
  });
});

describe('the communication plan in a spreadsheet', () => {
  it('gives the timeline with yyyy-mm-dd dates in date order, an undated activity last with an empty cell', () => {
    const data = example();
    data.activities.push({ id: 'late', date: '', channel: 'Webinar', message: 'Q&A', owner: '', measure: '' });
    const timeline = communicationPlanSpreadsheetTables(data).find((t) => t.title === 'Communication plan timeline')!;
    expect(timeline.rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ['2027-01-11', 1],
      ['2027-01-18', 2],
      ['2027-01-25', 3],
      ['2027-02-15', 4],
      ['2027-03-01', 5],
      [null, 6],
    ]);
  });

  it('gives the ratings as numbers, marks the chosen audience, and leaves out blank rows', () => {
    const tables = communicationPlanSpreadsheetTables(example());
    expect(tables.map((t) => t.title)).toEqual(['Target audiences', 'Communication plan timeline', 'Communication preferences self-rating', 'Improvement actions', 'Barriers']);
    expect(tables[2]!.rows.map((r) => r[2])).toEqual([1, 2, 4, 2, 2, 4, 2, 5]);
    expect(tables[0]!.rows.map((r) => r.at(-1))).toEqual(['Yes', 'No']);
    const empty = communicationPlanSpreadsheetTables(createEmptyCommunicationPlan());
    expect(empty.map((t) => t.rows.length)).toEqual([0, 0, 8, 0, 0]);
    expect(empty[2]!.rows[0]![2]).toBeNull();
  });
});
