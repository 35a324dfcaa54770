import { describe, expect, it } from 'vitest';
import { acHeading, tableOr } from './pdf-blocks';

const criteria = [
  { code: '2.1', text: 'Plan sales activities based on prioritised customer and prospects lists' },
  { code: '2.2', text: 'Estimate the resource and budget requirements of the planned sales activities' },
];

describe('acHeading', () => {
  it('labels a section with each AC in the spec’s words', () => {
    expect(acHeading(criteria, 'Hours and budget', ['2.2'])).toEqual({
      kind: 'heading',
      text: 'Hours and budget: AC 2.2 Estimate the resource and budget requirements of the planned sales activities',
    });
    expect(acHeading(criteria, 'Plan', ['2.1', '2.2'])).toEqual({ kind: 'heading', text: 'Plan: AC 2.1 Plan sales activities based on prioritised customer and prospects lists; AC 2.2 Estimate the resource and budget requirements of the planned sales activities' });
  });

  it('keeps the code when the AC is not in the list, with no trailing space', () => {
    expect(acHeading(criteria, 'Other', ['9.9'])).toEqual({ kind: 'heading', text: 'Other: AC 9.9' });
  });
});

describe('tableOr', () => {
  it('gives the table when it has rows, else the note', () => {
    expect(tableOr('None yet.', { columns: ['A'], rows: [['1']] })).toEqual({ kind: 'table', columns: ['A'], rows: [['1']] });
    expect(tableOr('None yet.', { columns: ['A'], rows: [] })).toEqual({ kind: 'paragraph', text: 'None yet.' });
  });
});
