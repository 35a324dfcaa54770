import { describe, expect, it } from 'vitest';
import { informationAnalysisCompleteness, informationAnalysisGoodPractice, usedTools } from './completeness';
import { createInformationAnalysisExample } from './example';
import fixture from './fixtures/v1.json';
import { informationAnalysisMeta } from './meta';
import { createEmptyInformationAnalysis, INFORMATION_ANALYSIS_SCHEMA_VERSION, parseInformationAnalysis, type InformationAnalysisData } from './model';

const example = () => structuredClone(createInformationAnalysisExample().data);
const spec = (data: InformationAnalysisData) => informationAnalysisCompleteness(data).filter((r) => !r.isGoodPractice);
const ruleAbout = (data: InformationAnalysisData, words: string) => spec(data).find((r) => r.label.includes(words))!;

describe('the completeness rules', () => {
  it('are all met by the worked example, with every good practice too', () => {
    expect(spec(example()).filter((r) => !r.isMet).map((r) => r.label)).toEqual([]);
    expect(informationAnalysisGoodPractice(example()).filter((r) => !r.isMet).map((r) => r.label)).toEqual([]);
  });

  it('are none of them met by a new document, each linking to the field that starts it', () => {
    expect(informationAnalysisCompleteness(createEmptyInformationAnalysis()).filter((r) => r.isMet)).toEqual([]);
    expect(spec(createEmptyInformationAnalysis()).map((r) => r.field)).toEqual([
      'organisation.name',
      'needs.0.what',
      'sources.0.name',
      // No source named yet: the reliability page has nothing to score, so no field to link to.
      undefined,
      'findings.markets.0.finding',
      'analyses.0.tool',
      'trends.markets.0.statement',
      'trends.markets.0.statement',
      'audiences.0.who',
    ]);
  });

  it('say where each comes from, and name sections that exist', () => {
    const ids = informationAnalysisMeta.sections.map((s) => s.id);
    for (const rule of informationAnalysisCompleteness(createEmptyInformationAnalysis())) {
      expect(ids).toContain(rule.sections![0]);
      expect(rule.source).toMatch(rule.isGoodPractice ? /^Good practice, not set by the specification: / : /^L3B5 assessor guidance, LO[23]: “/);
    }
  });

  it('need the three areas covered by the pieces of information', () => {
    const data = example();
    for (const n of data.needs) if (n.area === 'competitors') n.area = 'markets';
    expect(ruleAbout(data, 'pieces of information')).toMatchObject({ isMet: false, detail: 'Add a piece of information about competitors.' });
  });

  it('need five sources scored in full, linking to the first score or reason missing', () => {
    const data = example();
    data.sources[4]!.scores.authority.reason = '';
    data.sources[5]!.scores.authority.reason = '';
    expect(ruleAbout(data, 'assessed for reliability')).toMatchObject({ isMet: false, field: 'sources.4.scores.authority.reason' });
  });

  it('need every finding from one of the best three, and each of them used', () => {
    const data = example();
    data.findings.competitors[0]!.sourceId = 'src-ons';
    expect(ruleAbout(data, 'Information gathered')).toMatchObject({ isMet: false, field: 'findings.competitors.0.sourceId' });
    const unused = example();
    unused.findings.competitors = unused.findings.competitors.filter((f) => f.sourceId !== 'src-web');
    expect(ruleAbout(unused, 'Information gathered').detail).toBe('Gather from each of your best three: nothing yet from Competitors’ websites and price lists.');
  });

  it('count a tool on the figures only when it has a result, and the same tool twice once', () => {
    const data = example();
    expect(usedTools(data)).toHaveLength(5);
    data.figures.rows = [];
    expect(usedTools(data)).toEqual(['other:competitor price comparison']);
    expect(ruleAbout(data, 'tools and methods').isMet).toBe(false);
    const twice = example();
    twice.analyses[3] = { ...twice.analyses[2]!, id: 'again' };
    expect(usedTools(twice)).toHaveLength(4);
  });

  it('need two trends per area, each still linked to what shows it', () => {
    const data = example();
    data.analyses = data.analyses.filter((a) => a.id !== 'an-pareto');
    expect(ruleAbout(data, 'related to markets')).toMatchObject({ isMet: false, detail: 'Still needed: 1 about customers.' });
    expect(ruleAbout(data, 'At least 6 trends').isMet).toBe(false);
  });

  it('need the two audiences at different levels', () => {
    const data = example();
    data.audiences[1]!.level = 'manager';
    expect(ruleAbout(data, 'target audiences')).toMatchObject({ isMet: false, detail: 'Your audiences are at the same level: choose two at different levels (e.g. your manager and your peers).' });
  });
});

describe('the stored shape', () => {
  it('reads version 1 as saved, and refuses a month that is not one or a negative value, with a reason', () => {
    expect(parseInformationAnalysis(fixture, 1)).toEqual({ ok: true, data: createInformationAnalysisExample().data });
    expect(INFORMATION_ANALYSIS_SCHEMA_VERSION).toBe(1);
    const bad = example();
    bad.figures.rows[0]!.month = '2025-13';
    expect(parseInformationAnalysis(bad, 1).ok).toBe(false);
    const negative = example();
    negative.figures.rows[0]!.value = -1;
    expect(parseInformationAnalysis(negative, 1).ok).toBe(false);
  });
});
