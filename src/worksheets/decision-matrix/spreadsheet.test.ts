import { describe, expect, it } from 'vitest';
import { cellKey, createEmptyDecision, type DecisionData } from './model';
import { decisionSpreadsheetTables } from './spreadsheet';

/** Two options on two criteria weighted 3 and 1, on the 1–5 scale. */
function smallMatrix(): DecisionData {
  const data = createEmptyDecision();
  data.options = [
    { id: 'o1', name: 'Price bands', description: '' },
    { id: 'o2', name: 'Extra approver', description: '' },
  ];
  data.criteria = [
    { id: 'c1', name: 'Speed', weight: '3', meaning: 'Cuts quote time' },
    { id: 'c2', name: 'Cost', weight: '1', meaning: '' },
  ];
  data.cells = {
    [cellKey('o1', 'c1')]: { score: '5', note: 'Same day' },
    [cellKey('o1', 'c2')]: { score: '2', note: '' },
    [cellKey('o2', 'c1')]: { score: '3', note: '' },
    [cellKey('o2', 'c2')]: { score: '4', note: '=cheap' },
  };
  return data;
}

describe('the decision matrix in a spreadsheet', () => {
  it('gives each score as a number with the weighted score and rank', () => {
    const [matrix] = decisionSpreadsheetTables(smallMatrix());
    expect(matrix?.columns).toEqual(['Option', 'Speed (weight 3)', 'Cost (weight 1)', 'Weighted score', 'Rank']);
    // Shares 3/4 and 1/4: 5 × 0.75 + 2 × 0.25 = 4.25; 3 × 0.75 + 4 × 0.25 = 3.25.
    expect(matrix?.rows).toEqual([
      ['Price bands', 5, 2, 4.25, 1],
      ['Extra approver', 3, 4, 3.25, 2],
    ]);
  });

  it('gives the criteria with their share of the weight, and every score with its note', () => {
    const [, criteria, notes] = decisionSpreadsheetTables(smallMatrix());
    expect(criteria?.rows).toEqual([
      ['Speed', 3, 75, 'Cuts quote time'],
      ['Cost', 1, 25, ''],
    ]);
    expect(notes?.rows).toEqual([
      ['Price bands', 'Speed', 5, 'Same day'],
      ['Price bands', 'Cost', 2, ''],
      ['Extra approver', 'Speed', 3, ''],
      ['Extra approver', 'Cost', 4, '=cheap'],
    ]);
  });

  it('keeps a half-filled matrix as typed, with no weighted score or rank until it is complete', () => {
    const data = smallMatrix();
    data.cells[cellKey('o2', 'c2')] = { score: 'four', note: '' };
    data.criteria[1] = { id: 'c2', name: '', weight: '', meaning: '' };
    const [matrix, criteria] = decisionSpreadsheetTables(data);
    expect(matrix?.columns).toEqual(['Option', 'Speed (weight 3)', 'Criterion 2 (weight ?)', 'Weighted score', 'Rank']);
    expect(matrix?.rows).toEqual([
      ['Price bands', 5, 2, null, null],
      ['Extra approver', 3, 'four', null, null],
    ]);
    expect(criteria?.rows[1]).toEqual(['Criterion 2', '', null, '']);
  });
});
