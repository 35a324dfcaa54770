import type { SpreadsheetTable } from '../../lib/evidence-types';
import { observedCriteria } from './criteria';
import { RELATIONSHIP_LABELS } from './labels';
import type { WitnessTestimonyData } from './model';

/**
 * The testimony as one table for a spreadsheet or an assessor's tracker: a row per AC the witness
 * saw, with the witness and the date on every row so rows can be sorted and filtered alone. Dates
 * stay yyyy-mm-dd, which spreadsheets read as dates.
 */
export function witnessTestimonyTables(data: WitnessTestimonyData): SpreadsheetTable[] {
  const w = data.witness;
  const relationship = w.relationship === '' ? '' : w.relationship === 'other' ? w.relationshipOther.trim() : RELATIONSHIP_LABELS[w.relationship];
  return [
    {
      title: 'Criteria observed',
      columns: ['Unit', 'AC', 'Learning outcome', 'Assessment criterion', 'Witness', 'Job role', 'Relationship', 'First date observed', 'Last date observed', 'What the witness saw'],
      rows: observedCriteria(data).map((criterion) => [
        data.unit,
        criterion.code,
        `LO${criterion.outcome.number} ${criterion.outcome.text}`,
        criterion.text,
        w.name.trim(),
        w.role.trim(),
        relationship,
        data.observedFrom,
        data.observedTo || data.observedFrom,
        criterion.account.trim(),
      ]),
    },
  ];
}
