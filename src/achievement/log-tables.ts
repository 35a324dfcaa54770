import type { SpreadsheetTable } from '../lib/evidence-types';
import { achievedInWords, locationInWords, type QualificationLog, type UnitLog } from './achievement-log';
import { QUADRANT_LABELS } from './units';

/** A unit's log for a spreadsheet: one row per AC, with its LO, dates as yyyy-mm-dd and the assessor's columns left blank. */
export function unitLogTable(log: UnitLog): SpreadsheetTable {
  return {
    title: `Achievement log ${log.unitCode}`,
    columns: ['Unit', 'Learning outcome', 'Learning outcome wording', 'AC', 'Assessment criterion', 'Achieved', 'Location of the evidence', 'Completion date', 'Assessor signature', 'Assessor date'],
    rows: log.outcomes.flatMap((outcome) =>
      outcome.rows.map((row) => [
        log.unitCode,
        `LO${outcome.number}`,
        outcome.text,
        row.code,
        row.text,
        achievedInWords(row),
        row.locations.map((location) => locationInWords(location, row.code)).join('; '),
        row.completedOn ?? '',
        '',
        '',
      ]),
    ),
  };
}

/** The qualification log for a spreadsheet: every unit, credits as numbers. */
export function qualificationLogTable(log: QualificationLog): SpreadsheetTable {
  return {
    title: 'Qualification achievement log',
    columns: ['Unit', 'Title', 'Quadrant', 'Level', 'Credits', 'AC achieved', 'AC in unit', 'Status and evidence', 'Completion date', 'Assessor signature', 'Assessor date'],
    rows: log.rows.map((row) => [row.unit.code, row.unit.title, QUADRANT_LABELS[row.unit.quadrant], row.unit.level, row.unit.credit, row.achieved, row.total, row.note, row.completedOn ?? '', '', '']),
  };
}
