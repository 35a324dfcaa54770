/** The decision's tables for a spreadsheet: the matrix with its weighted scores, the criteria and the notes behind each score. */
import { spreadsheetNumber } from '../../lib/numbers';
import type { SpreadsheetCell, SpreadsheetTable } from '../../lib/evidence-types';
import { evaluateMatrix, type MatrixEvaluation } from './calculations';
import { numberOrNull } from '../../lib/numbers';
import { cellKey, type DecisionData } from './model';

const optionName = (name: string, index: number) => name.trim() || `Option ${index + 1}`;
const criterionName = (name: string, index: number) => name.trim() || `Criterion ${index + 1}`;

/** A typed number as a number; anything else the learner typed stays as they typed it. */
function typedCell(raw: string): SpreadsheetCell {
  const value = numberOrNull(raw);
  return value === null ? raw.trim() : spreadsheetNumber(value, 4);
}

export function decisionSpreadsheetTables(data: DecisionData): SpreadsheetTable[] {
  // Worked out once for both tables that need it.
  const evaluation = evaluateMatrix(data);
  return [matrixTable(data, evaluation), criteriaTable(data, evaluation), notesTable(data)];
}

function matrixTable(data: DecisionData, evaluation: MatrixEvaluation): SpreadsheetTable {
  const results = new Map(evaluation.status === 'complete' ? evaluation.results.map((r) => [r.optionId, r]) : []);
  return {
    title: 'Decision matrix scores',
    columns: [
      'Option',
      ...data.criteria.map((c, i) => `${criterionName(c.name, i)} (weight ${c.weight.trim() || '?'})`),
      'Weighted score',
      'Rank',
    ],
    rows: data.options.map((option, i) => {
      const result = results.get(option.id);
      return [
        optionName(option.name, i),
        ...data.criteria.map((criterion) => typedCell(data.cells[cellKey(option.id, criterion.id)]?.score ?? '')),
        spreadsheetNumber(result?.total, 4),
        result?.rank ?? null,
      ];
    }),
  };
}

function criteriaTable(data: DecisionData, evaluation: MatrixEvaluation): SpreadsheetTable {
  const shares = evaluation.status === 'complete' ? new Map(evaluation.weights.map((w) => [w.criterionId, w.share])) : new Map<string, number>();
  return {
    title: 'Criteria and weights',
    columns: ['Criterion', 'Weight', 'Share of weight (%)', 'What it measures'],
    rows: data.criteria.map((criterion, i) => {
      const share = shares.get(criterion.id);
      return [criterionName(criterion.name, i), typedCell(criterion.weight), share === undefined ? null : spreadsheetNumber(share * 100, 1), criterion.meaning.trim()];
    }),
  };
}

function notesTable(data: DecisionData): SpreadsheetTable {
  return {
    title: 'Why each score was given',
    columns: ['Option', 'Criterion', 'Score', 'Note'],
    rows: data.options.flatMap((option, o) =>
      data.criteria.map((criterion, c) => {
        const cell = data.cells[cellKey(option.id, criterion.id)];
        return [optionName(option.name, o), criterionName(criterion.name, c), typedCell(cell?.score ?? ''), cell?.note.trim() ?? ''];
      }),
    ),
  };
}
