/**
 * The tracker's tables for a spreadsheet: every check-in and the two measurements. Daily notes are
 * included only when the learner chose to include them in the PDF: the same choice about who sees them.
 */
import { spreadsheetNumber } from '../../lib/numbers';
import type { SpreadsheetTable } from '../../lib/evidence-types';
import { instrumentName, measurementScore, sortedCheckIns } from './calculations';
import { RATING_MAX, type StressData } from './model';
import { ZONE_LABELS } from './labels';

export function stressSpreadsheetTables(data: StressData): SpreadsheetTable[] {
  return [checkInsTable(data), measurementsTable(data)];
}

function checkInsTable(data: StressData): SpreadsheetTable {
  const withNotes = data.includeNotesInPdf;
  return {
    title: withNotes ? 'Check-ins' : 'Check-ins (daily notes kept private)',
    columns: ['Date', `Rating (0–${RATING_MAX}, higher is more stress)`, 'Zone', 'Technique used', 'Minutes on the technique', ...(withNotes ? ['Note'] : [])],
    rows: sortedCheckIns(data.checkIns).map((checkIn) => [
      checkIn.date,
      checkIn.rating,
      ZONE_LABELS[checkIn.zone],
      checkIn.usedTechnique ? 'Yes' : 'No',
      checkIn.minutes,
      ...(withNotes ? [checkIn.note.trim()] : []),
    ]),
  };
}

function measurementsTable(data: StressData): SpreadsheetTable {
  const rows = (['baseline', 'retake'] as const).flatMap((which) => {
    const measurement = data[which];
    const score = measurementScore(data.instrument, measurement);
    if (!measurement.date && !score) return [];
    return [[which === 'baseline' ? 'Baseline' : 'Retake', measurement.date, spreadsheetNumber(score?.score, 1), spreadsheetNumber(score?.max, 1)]];
  });
  return {
    title: 'Baseline and retake',
    columns: ['Measurement', 'Date', 'Score', `Out of (${instrumentName(data.instrument)})`],
    rows,
  };
}
