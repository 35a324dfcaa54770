import { describe, expect, it } from 'vitest';
import { createInformationAnalysisExample } from './example';
import { analysisLine, findingLine, reliabilityLine, sourceLine, trendLine } from './fold-lines';
import { AREAS } from './model';

const { data } = createInformationAnalysisExample();
const needIds = new Set(data.needs.map((n) => n.id));

describe('fold lines of the information analysis: a finished row in one line, an unfinished one open', () => {
  it('folds every row of the worked example, which meets every rule', () => {
    data.sources.forEach((s, i) => {
      expect(sourceLine(s, needIds)).not.toBeNull();
      expect(reliabilityLine(s, i)).toMatch(/^Total \d( \+ \d){4} = \d+ of 25, every score with its reason\.$/);
    });
    for (const area of AREAS) {
      data.findings[area].forEach((f) => expect(findingLine(f, data.sources)).not.toBeNull());
      data.trends[area].forEach((t) => expect(trendLine(t)).toEqual(t.statement.length <= 80 ? t.statement.trim() : expect.stringMatching(/…$/)));
    }
    data.analyses.forEach((a, i) => expect(analysisLine(a, i, data.figures.rows)).not.toBeNull());
  });

  it('names a source, whether it is internal or external, and what it could tell you', () => {
    const source = { ...data.sources[0]!, name: 'CRM report', kind: 'internal' as const, provides: 'Monthly sales by region' };
    expect(sourceLine(source, needIds)).toBe('CRM report (internal): Monthly sales by region');
  });

  it('stays open while a row lacks what its rule counts', () => {
    const source = data.sources[0]!;
    expect(sourceLine(undefined, needIds)).toBeNull();
    expect(sourceLine({ ...source, provides: ' ' }, needIds)).toBeNull();
    expect(sourceLine(source, new Set())).toBeNull(); // tied to a need that has been removed
    expect(reliabilityLine({ ...source, scores: { ...source.scores, currency: { score: '4', reason: '' } } }, 0)).toBeNull();
    expect(reliabilityLine({ ...source, scores: { ...source.scores, accuracy: { score: '', reason: 'Checked' } } }, 0)).toBeNull();
    const finding = data.findings.markets[0]!;
    expect(findingLine({ ...finding, date: '' }, data.sources)).toBeNull();
    expect(findingLine({ ...finding, sourceId: '' }, data.sources)).toBeNull();
    expect(analysisLine({ ...data.analyses[0]!, note: '' }, 0, data.figures.rows)).toBeNull();
    expect(trendLine({ ...data.trends.markets[0]!, figures: '' })).toBeNull();
  });

  it('gives the date and source of a finding', () => {
    const finding = { ...data.findings.markets[0]!, date: '2026-10-03', finding: 'Cornwall up 36.6 %' };
    expect(findingLine(finding, data.sources)).toMatch(/^3 October 2026, .+: Cornwall up 36\.6 %$/);
  });
});
