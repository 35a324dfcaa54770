import { describe, expect, it } from 'vitest';
import { createEmptyStress, type StressData } from './model';
import { stressSpreadsheetTables } from './spreadsheet';

function withCheckIns(includeNotes: boolean): StressData {
  const data = createEmptyStress();
  data.includeNotesInPdf = includeNotes;
  data.checkIns = [
    { id: 'b', date: '2026-11-02', rating: 4, zone: 'reacting', usedTechnique: true, minutes: 10, note: 'Box breathing before the call' },
    { id: 'a', date: '2026-11-01', rating: 8, zone: 'injured', usedTechnique: false, minutes: null, note: 'Bad night' },
  ];
  data.instrument = { kind: 'online', name: 'PSS-10', link: '', max: '40', higherMeans: 'more-stress' };
  data.baseline = { ...data.baseline, date: '2026-10-01', score: '27' };
  return data;
}

describe('the stress tracker in a spreadsheet', () => {
  it('lists every check-in in date order, with the notes only when the learner chose to share them', () => {
    const [shared] = stressSpreadsheetTables(withCheckIns(true));
    expect(shared?.title).toBe('Check-ins');
    expect(shared?.rows).toEqual([
      ['2026-11-01', 8, 'Injured', 'No', null, 'Bad night'],
      ['2026-11-02', 4, 'Reacting', 'Yes', 10, 'Box breathing before the call'],
    ]);
    const [kept] = stressSpreadsheetTables(withCheckIns(false));
    expect(kept?.title).toMatch(/notes kept private/);
    expect(kept?.columns).not.toContain('Note');
    expect(JSON.stringify(kept)).not.toContain('Bad night');
  });

  it('gives the baseline score out of the questionnaire’s maximum, and no retake row before one is taken', () => {
    const [, measurements] = stressSpreadsheetTables(withCheckIns(true));
    expect(measurements?.columns.at(-1)).toBe('Out of (PSS-10)');
    expect(measurements?.rows).toEqual([['Baseline', '2026-10-01', 27, 40]]);
  });
});
