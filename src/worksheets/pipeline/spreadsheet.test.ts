import { describe, expect, it } from 'vitest';
import { createEmptyPipeline, newProspect, type PipelineData } from './model';
import { pipelineSpreadsheetTables } from './spreadsheet';

/** Budget weighted 2 and Need 1 (Authority and Timeline removed); two open prospects and a won one. */
function twoProspects(): PipelineData {
  const data = createEmptyPipeline();
  data.criteria = data.criteria.filter((c) => c.id === 'crit-budget' || c.id === 'crit-need').map((c) => ({ ...c, weight: c.id === 'crit-budget' ? 2 : 1 }));
  const a = { ...newProspect('a', 'stage-meeting', '2026-11-01'), name: 'Alpha Ltd', value: 1000, scores: { 'crit-budget': 5, 'crit-need': 2 }, hoursPerMonth: 4, contactFrequency: 'weekly' as const, nextAction: '=call', nextActionDate: '2026-12-01' };
  const b = { ...newProspect('b', 'stage-lead', '2026-11-01'), name: 'Beta plc', value: 2000, scores: { 'crit-budget': 1, 'crit-need': 1 } };
  const won = { ...newProspect('c', 'stage-customer', '2026-11-01'), name: 'Gamma', value: 500, scores: { 'crit-budget': 5, 'crit-need': 5 } };
  const unnamed = newProspect('d', 'stage-lead', '2026-11-01');
  data.prospects = [b, a, won, unnamed];
  return data;
}

describe('the pipeline in a spreadsheet', () => {
  it('lists every named prospect with its likelihood, weighted value and priority as numbers', () => {
    const [prospects] = pipelineSpreadsheetTables(twoProspects());
    expect(prospects?.columns.slice(0, 6)).toEqual(['Prospect', 'Stage', 'Deal value (£)', 'Likelihood of conversion (%)', 'Weighted value (£)', 'Priority rank']);
    expect(prospects?.columns.slice(-2)).toEqual(['Score 0–5: Budget', 'Score 0–5: Need']);
    // Beta: (1×2 + 1×1) ÷ (5 × 3) = 20 %, £2,000 × 20 % = £400. Alpha: (5×2 + 2×1) ÷ 15 = 80 %, £800, so first.
    expect(prospects?.rows).toEqual([
      ['Beta plc', 'Lead', 2000, 20, 400, 2, null, '', '', '', 1, 1],
      ['Alpha Ltd', 'Meeting', 1000, 80, 800, 1, 4, 'Weekly', '=call', '2026-12-01', 5, 2],
      // Won, so not ranked, but still in the list with its figures.
      ['Gamma', 'Customer', 500, 100, 500, null, null, '', '', '', 5, 5],
    ]);
  });

  it('leaves the likelihood empty, not NaN, until a prospect is scored on every criterion', () => {
    const data = twoProspects();
    data.prospects = [{ ...newProspect('x', 'stage-lead', '2026-11-01'), name: 'Half scored', value: 900, scores: { 'crit-budget': 3 } }];
    const [prospects] = pipelineSpreadsheetTables(data);
    expect(prospects?.rows[0]?.slice(0, 6)).toEqual(['Half scored', 'Lead', 900, null, null, null]);
  });

  it('gives the stage counts and each review’s likelihoods, oldest review first', () => {
    const data = twoProspects();
    data.stages = data.stages.map((s, i) => ({ ...s, count: [200, 80, 40, 20, 15, 12][i] ?? null }));
    data.reviews = [
      { id: 'r2', date: '2026-11-20', note: '', entries: [{ prospectId: 'a', stageId: 'stage-meeting', scores: { 'crit-budget': 5, 'crit-need': 5 } }] },
      { id: 'r1', date: '2026-10-12', note: '', entries: [{ prospectId: 'a', stageId: 'stage-lead', scores: { 'crit-budget': 1, 'crit-need': 4 } }] },
    ];
    const [, stages, reviews] = pipelineSpreadsheetTables(data);
    expect(stages?.rows[0]).toEqual(['Lead', 200, null]);
    expect(stages?.rows.map((row) => row[1])).toEqual([200, 80, 40, 20, 15, 12]);
    expect(reviews?.columns).toEqual(['Prospect', '2026-10-12 (%)', '2026-11-20 (%)']);
    // (1×2 + 4×1) ÷ 15 = 40 %; then all fives = 100 %.
    expect(reviews?.rows).toEqual([['Alpha Ltd', 40, 100]]);
  });
});
