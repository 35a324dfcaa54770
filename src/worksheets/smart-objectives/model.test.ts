import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { progressChart } from './chart-data';
import { smartCompleteness } from './completeness';
import { CONTEXT_CONFIG, EXAMPLES_LIBRARY } from './guidance';
import { createSmartExampleFor } from './example';
import { CONTEXTS, createEmptySmart, newObjective, newReview, parseSmart, SMART_SCHEMA_VERSION, type Objective, type SmartData } from './model';
import { addDays, addMonths } from '../../lib/dates';
import { summarise } from '../../lib/completeness';
import { smartEvidenceBlocks } from './pdf';
import { achievingReview, isAchieved, progressPercent, reviewCadence } from './calculations';
import { smartObjectivesModel } from './definition';
import { smartObjectivesMeta } from './meta';

const TODAY = '2027-01-10';

const ruleNamed = (data: SmartData, start: string) => {
  const found = smartCompleteness(data, TODAY).find((c) => c.label.startsWith(start));
  if (!found) throw new Error(`No rule starting "${start}"`);
  return found;
};

const measured = (baseline: string, target: string, values: Array<[string, string]>): Objective => ({
  ...newObjective('m'),
  measurable: { metric: 'sales', baseline, target, unit: '' },
  reviews: values.map(([date, value], i) => ({ ...newReview(`r${i}`, date), value, progress: 'noted' })),
});

describe('progress towards the target', () => {
  it('is the share of the way from baseline to target, in either direction', () => {
    expect(progressPercent(measured('18,000', '22,000', []), '20,000')).toBe(50);
    expect(progressPercent(measured('10', '2', []), '4')).toBe(75);
    expect(progressPercent(measured('2', '4', []), '4')).toBe(100);
    expect(progressPercent(measured('2', '4', []), '5')).toBe(150);
  });
  it('is null when it cannot be worked out', () => {
    expect(progressPercent(measured('5', '5', []), '5')).toBeNull();
    expect(progressPercent(measured('', '5', []), '3')).toBeNull();
    expect(progressPercent(measured('1', '5', []), 'about 3')).toBeNull();
  });
  it('an objective is achieved when its latest measured review reaches the target', () => {
    const objective = measured('2', '4', [['2027-01-01', '4'], ['2027-01-08', '3']]);
    expect(isAchieved(objective)).toBe(false);
    expect(achievingReview(objective)?.date).toBe('2027-01-01');
    objective.reviews.push({ ...newReview('late', '2027-01-09'), value: '4', progress: 'back on target' });
    expect(isAchieved(objective)).toBe(true);
  });
  it('is 0 at the baseline and 100 at the target for any baseline and target', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (baseline, target) => {
        fc.pre(baseline !== target);
        const objective = measured(String(baseline), String(target), []);
        expect(progressPercent(objective, String(baseline))).toBe(0);
        expect(progressPercent(objective, String(target))).toBe(100);
      }),
    );
  });
});

describe('weekly review cadence (L3S3)', () => {
  const start = '2026-11-01';
  const planWith = (days: number[], planStart = start) => ({
    planStart,
    objectives: [measured('1', '5', days.map((d) => [addDays(start, d), '2'] as [string, string]))],
  });

  it('is met by eight weekly reviews from the plan start', () => {
    const cadence = reviewCadence(planWith([7, 14, 21, 28, 35, 42, 49, 56]), TODAY);
    expect(cadence).toMatchObject({ isMet: true, weeksCovered: 8, spanDays: 56, longGaps: [] });
  });
  it('is not met by seven weeks', () => {
    expect(reviewCadence(planWith([7, 14, 21, 28, 35, 42, 49]), TODAY)).toMatchObject({ isMet: false, weeksCovered: 7 });
  });
  it('names a gap longer than a week', () => {
    const cadence = reviewCadence(planWith([7, 14, 24, 28, 35, 42, 49, 56]), TODAY);
    expect(cadence.isMet).toBe(false);
    expect(cadence.longGaps).toEqual([{ from: addDays(start, 14), to: addDays(start, 24), days: 10 }]);
  });
  it('counts the gap from the plan start to the first review', () => {
    expect(reviewCadence(planWith([10, 14, 21, 28, 35, 42, 49, 56]), TODAY).longGaps[0]?.days).toBe(10);
  });
  it('does not count reviews dated in the future', () => {
    const cadence = reviewCadence(planWith([7, 14, 21, 28, 35, 42, 49, 56]), addDays(start, 50));
    expect(cadence.isMet).toBe(false);
    expect(cadence.futureDates).toEqual([addDays(start, 56)]);
  });
  it('combines the reviews of every objective, since one weekly session reviews the plan', () => {
    const data = planWith([7, 21, 35, 49]);
    data.objectives.push(measured('1', '5', [14, 28, 42, 56].map((d) => [addDays(start, d), '3'] as [string, string])));
    expect(reviewCadence(data, TODAY).isMet).toBe(true);
  });
  it('for any set of review days, is met exactly when no gap exceeds 7 days and the span reaches 56', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 20 }), (days) => {
        const sorted = [...days].sort((a, b) => a - b);
        const gaps = sorted.map((d, i) => d - (i === 0 ? 0 : sorted[i - 1]!));
        const expected = sorted.length > 0 && sorted.at(-1)! >= 56 && gaps.every((g) => g <= 7);
        expect(reviewCadence(planWith(days), TODAY).isMet).toBe(expected);
      }),
    );
  });
});

describe('completeness by context', () => {
  it('asks first for a context', () => {
    expect(smartCompleteness(createEmptySmart(), TODAY)).toEqual([
      {
        label: 'Choose what your objectives are for',
        isMet: false,
        detail: 'Pick one of the four contexts: it decides what every section asks for.',
        source: 'The unit this document evidences (L3C4, L3S3, L3S1 or L4C2) decides which assessor guidance applies',
        sections: ['context', 'background', 'objectives', 'development', 'reviews', 'plan-update'],
      },
    ]);
  });

  it.each(CONTEXTS)('the %s worked example meets every rule, today and in its own time', (context) => {
    const { data } = createSmartExampleFor(context, TODAY);
    expect(smartCompleteness(data, TODAY).filter((c) => !c.isMet)).toEqual([]);
  });

  it.each(CONTEXTS)('an empty %s plan meets no rule', (context) => {
    const data = { ...createEmptySmart(), context };
    expect(smartCompleteness(data, TODAY).filter((c) => c.isMet)).toEqual([]);
  });

  it.each(CONTEXTS)('places every %s rule in a section of the task list, and none in a section the context does not use', (context) => {
    const ids = smartObjectivesMeta.sections.map((section) => section.id);
    const unused = CONTEXT_CONFIG[context].showDevelopmentParts ? [] : ['development', 'plan-update'];
    for (const data of [{ ...createEmptySmart(), context }, createSmartExampleFor(context, TODAY).data]) {
      const rules = smartCompleteness(data, TODAY);
      expect(rules.filter((rule) => !rule.sections?.length || rule.sections.some((id) => !ids.includes(id))).map((rule) => rule.label)).toEqual([]);
      // A section a context does not use has no rules, so the task list marks it "Optional".
      expect(rules.filter((rule) => rule.sections?.some((id) => unused.includes(id))).map((rule) => rule.label)).toEqual([]);
    }
  });

  it('needs the minimum number of objectives for the context: 2 for L3C4, 3 for L3S1', () => {
    const sales = createSmartExampleFor('sales-targets', TODAY).data;
    sales.objectives = sales.objectives.slice(0, 1);
    expect(ruleNamed(sales, 'At least 2 objectives')).toMatchObject({ isMet: false, detail: '1 written (at least 2 needed).' });
    const motivation = createSmartExampleFor('motivation-plan', TODAY).data;
    motivation.objectives = motivation.objectives.slice(0, 2);
    expect(ruleNamed(motivation, 'At least 3 objectives')).toMatchObject({ isMet: false, detail: '2 written (at least 3 needed).' });
    expect(CONTEXT_CONFIG['development-plan'].minObjectives).toBe(2);
  });

  it('names the objective and letters that are not yet SMART', () => {
    const data = createSmartExampleFor('sales-targets', TODAY).data;
    data.objectives[1]!.measurable.target = '';
    data.objectives[1]!.relevant.link = '';
    expect(ruleNamed(data, 'Every objective passes all five')).toMatchObject({
      isMet: false,
      detail: 'Objective 2: measurable and realistic still to do.',
    });
  });

  it('needs six scored criteria for the development plan', () => {
    const data = createSmartExampleFor('development-plan', TODAY).data;
    data.selfAssessment.criteria = data.selfAssessment.criteria.slice(0, 5);
    expect(ruleNamed(data, 'Self-assessment against at least six')).toMatchObject({ isMet: false, detail: '5 of 5 criteria scored (at least 6 needed, all scored).' });
    data.selfAssessment.criteria.push({ id: 'n', criterion: 'Negotiating', score: null, evidence: '' });
    expect(ruleNamed(data, 'Self-assessment against at least six').isMet).toBe(false);
  });

  it('needs development methods, support and measures of success on every L3S3 objective', () => {
    const data = createSmartExampleFor('development-plan', TODAY).data;
    data.objectives[0]!.development.support = '';
    data.objectives[0]!.development.successMeasure = '';
    expect(ruleNamed(data, 'Every objective has its opportunity')).toMatchObject({
      isMet: false,
      detail: 'Objective 1: add the support and resources and measure of success.',
    });
  });

  it('checks the weekly cadence for the development plan only', () => {
    const data = createSmartExampleFor('development-plan', TODAY).data;
    data.objectives[0]!.reviews.splice(3, 1);
    expect(ruleNamed(data, 'Reviewed at least weekly').isMet).toBe(true); // objective 2's fortnightly review fills the week
    data.objectives[0]!.reviews.splice(3, 1); // week 5 gone: nothing between weeks 4 and 6
    const rule = ruleNamed(data, 'Reviewed at least weekly');
    expect(rule.isMet).toBe(false);
    expect(rule.detail).toMatch(/No review for 14 days/);
    const sales = createSmartExampleFor('sales-targets', TODAY).data;
    expect(smartCompleteness(sales, TODAY).some((c) => c.label.startsWith('Reviewed at least weekly'))).toBe(false);
  });

  it('needs one objective achieved at least a month after the start for the motivation plan', () => {
    const data = createSmartExampleFor('motivation-plan', TODAY).data;
    data.planStart = addDays(data.objectives[0]!.reviews[1]!.date, -20);
    expect(ruleNamed(data, 'At least one objective reviewed and achieved')).toMatchObject({ isMet: false, detail: expect.stringMatching(/less than a calendar month/) });
    data.objectives[0]!.reviews[1]!.value = '11';
    expect(ruleNamed(data, 'At least one objective reviewed and achieved').detail).toBe('No review yet shows an objective’s target reached.');
  });

  it('needs the named theory and why for the motivation plan', () => {
    const data = createSmartExampleFor('motivation-plan', TODAY).data;
    data.motivation = { ...data.motivation, theory: 'other', otherTheory: '', whyChosen: '' };
    expect(ruleNamed(data, 'The motivation theory')).toMatchObject({ isMet: false, detail: 'Add the theory and why you used it.' });
  });

  it('asks for a dated review on every objective as good practice where the unit only asks to explain (L3C4 1.1, L4C2 1.3)', () => {
    const data = createSmartExampleFor('presentation', TODAY).data;
    data.objectives[1]!.reviews[0]!.nextStep = '';
    expect(ruleNamed(data, 'Every objective has a dated progress review')).toMatchObject({
      isMet: false,
      isGoodPractice: true,
      detail: 'Objective 2: 1 review without evidence or a next step.',
    });
    data.objectives[0]!.reviews[0]!.date = '';
    expect(ruleNamed(data, 'Every objective has a dated progress review').detail).toMatch(/^Objective 1: no dated review yet\./);
  });

  it.each(['sales-targets', 'presentation', 'motivation-plan'] as const)('never lets a %s plan’s per-objective reviews block complete', (context) => {
    const data = createSmartExampleFor(context, TODAY).data;
    // Reviews kept (a past deadline is checked against them), but none with evidence or a next step.
    for (const objective of data.objectives) objective.reviews = objective.reviews.map((r) => ({ ...r, evidence: '', nextStep: '' }));
    if (context === 'motivation-plan') {
      const rules = smartCompleteness(data, TODAY);
      expect(rules.find((r) => r.label.startsWith('Every objective has a dated'))).toMatchObject({ isMet: false, isGoodPractice: true });
      return;
    }
    const rules = smartCompleteness(data, TODAY);
    expect(rules.filter((r) => !r.isMet).map((r) => [r.label, r.isGoodPractice])).toEqual([['Every objective has a dated progress review with progress, evidence and a next step', true]]);
    expect(summarise(rules).met).toBe(summarise(rules).total);
  });

  it('asks for all five SMART letters in a motivation plan as good practice: L3S1 asks for three objectives, not SMART ones', () => {
    const data = createSmartExampleFor('motivation-plan', TODAY).data;
    data.objectives[0]!.measurable.target = '';
    expect(ruleNamed(data, 'Every objective passes all five')).toMatchObject({ isMet: false, isGoodPractice: true });
    expect(ruleNamed(createSmartExampleFor('sales-targets', TODAY).data, 'Every objective passes all five').isGoodPractice).toBeUndefined();
  });

  it('counts the L3S1 month as a calendar month, not 28 days', () => {
    const data = createSmartExampleFor('motivation-plan', TODAY).data;
    const achieving = data.objectives[0]!.reviews[1]!.date;
    // 28 days before the review: a calendar month is 28 days only from some dates in February.
    data.planStart = addDays(achieving, -28);
    const start = data.planStart;
    const isFebruaryMonth = addMonths(start, 1) === achieving;
    expect(ruleNamed(data, 'At least one objective reviewed and achieved').isMet).toBe(isFebruaryMonth);
    data.planStart = '2026-01-31';
    data.objectives[0]!.reviews[1]!.date = '2026-02-28';
    expect(ruleNamed(data, 'At least one objective reviewed and achieved').isMet).toBe(true);
    data.planStart = '2026-03-01';
    data.objectives[0]!.reviews[1]!.date = '2026-03-29';
    expect(ruleNamed(data, 'At least one objective reviewed and achieved')).toMatchObject({ isMet: false, detail: expect.stringMatching(/less than a calendar month.*1 April 2026/) });
  });

  it('says where each rule comes from', () => {
    for (const context of CONTEXTS) {
      for (const rule of smartCompleteness(createSmartExampleFor(context, TODAY).data, TODAY)) {
        expect(rule.source, `${context}: ${rule.label}`).toMatch(rule.isGoodPractice ? /^Good practice, not set by the specification: / : /^(L3C4|L3S3|L3S1|L4C2) /);
      }
    }
  });

  it('keeps a context’s own data when the context changes, and judges it by the new context', () => {
    const data = createSmartExampleFor('development-plan', TODAY).data;
    const switched = { ...data, context: 'motivation-plan' as const };
    expect(switched.selfAssessment.criteria.length).toBe(7);
    expect(ruleNamed(switched, 'At least 3 objectives').isMet).toBe(false);
  });
});

describe('the examples library', () => {
  it('has weak objectives beside rewrites that pass the vague-number test, for every context', () => {
    for (const context of CONTEXTS) {
      expect(EXAMPLES_LIBRARY[context].length).toBeGreaterThanOrEqual(3);
      for (const example of EXAMPLES_LIBRARY[context]) {
        expect(example.weak).not.toMatch(/\d/);
        expect(example.rewrite).toMatch(/\d/);
        expect(example.why.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('stored data and versions', () => {
  it('reads every worked example back exactly', () => {
    for (const context of CONTEXTS) {
      const { data } = createSmartExampleFor(context, TODAY);
      expect(parseSmart(JSON.parse(JSON.stringify(data)), SMART_SCHEMA_VERSION)).toEqual({ ok: true, data });
    }
  });
  it('refuses data from a newer version', () => {
    const result = parseSmart(createEmptySmart(), SMART_SCHEMA_VERSION + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/newer version/);
  });
  it('refuses an out-of-range score, a malformed date and an unknown context, saying where', () => {
    const bad = (change: (d: Record<string, unknown> & SmartData) => void, where: string) => {
      const data = structuredClone(createSmartExampleFor('development-plan', TODAY).data) as Record<string, unknown> & SmartData;
      change(data);
      const result = parseSmart(data, 1);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(where);
    };
    bad((d) => ((d.selfAssessment.criteria[0] as { score: number }).score = 7), 'selfAssessment › criteria › item 1 › score');
    bad((d) => (d.objectives[0]!.timeBound.deadline = '31/03/2027'), 'objectives › item 1 › timeBound › deadline');
    bad((d) => ((d as { context: string }).context = 'sales'), 'context');
    bad((d) => (d.objectives[0]!.measurable.target = 'x'.repeat(41)), 'objectives › item 1 › measurable › target');
  });
  it('refuses more objectives than the limit', () => {
    const data = createEmptySmart();
    data.objectives = Array.from({ length: 13 }, (_, i) => newObjective(`o${i}`));
    expect(parseSmart(data, 1).ok).toBe(false);
  });
  it('the model object uses today for its checks', () => {
    expect(smartObjectivesModel.completeness(smartObjectivesModel.createExample().data).every((c) => c.isMet)).toBe(true);
  });
});

describe('chart and PDF content', () => {
  it('charts % of the way to target per objective per review date, with gaps', () => {
    const chart = progressChart(createSmartExampleFor('development-plan', TODAY).data);
    expect(chart.dates).toHaveLength(8);
    expect(chart.series.map((s) => s.name)).toEqual(['Objective 1', 'Objective 2']);
    expect(chart.series[0]!.values).toEqual([0, 0, 50, 50, 50, 50, 100, 100]);
    expect(chart.series[1]!.values).toEqual([null, 25, null, 55, null, 80, null, 92.5]);
    expect([chart.yMin, chart.yMax]).toEqual([0, 100]);
  });

  it('widens the scale past 0 and 100 when progress goes backwards or beyond the target', () => {
    const data = { ...createEmptySmart(), context: 'sales-targets' as const };
    data.objectives = [{ ...measured('10', '20', [['2027-01-01', '8'], ['2027-01-08', '26']]), specific: { what: 'win accounts', who: '', where: '' } }];
    const chart = progressChart(data);
    expect(chart.series[0]!.values).toEqual([-20, 160]);
    expect([chart.yMin, chart.yMax]).toEqual([-20, 160]);
  });

  it('leaves out objectives not yet started and reviews without a date or progress', () => {
    const data = { ...createEmptySmart(), context: 'sales-targets' as const };
    const started = { ...measured('0', '10', [['2027-01-01', '5'], ['', '7']]), specific: { what: 'win accounts', who: '', where: '' } };
    started.reviews.push({ ...newReview('no-progress', '2027-01-05'), value: '6' });
    data.objectives = [measured('0', '10', [['2027-01-02', '9']]), started];
    const chart = progressChart(data);
    expect(chart.dates).toEqual(['2027-01-01']);
    expect(chart.series).toEqual([{ name: 'Objective 2', values: [50], connectGaps: true }]);
  });

  it.each(CONTEXTS)('the %s PDF states its unit and AC and carries every objective, check and review', (context) => {
    const { data } = createSmartExampleFor(context, TODAY);
    const blocks = smartEvidenceBlocks(data, TODAY);
    const text = JSON.stringify(blocks);
    const config = CONTEXT_CONFIG[context];
    expect(text).toContain(`This document evidences unit ${config.unit.code} ${config.unit.title}, AC ${config.criteria.map((c) => c.code).join(', ')}`);
    // The first page lists the AC in the spec's words (from the scope); the plan's pages do not repeat them.
    expect(smartObjectivesModel.evidenceScope?.(data)?.criteria).toEqual(config.criteria);
    for (const c of config.criteria) expect(text).not.toContain(c.text);
    for (const objective of data.objectives) {
      expect(text).toContain(objective.specific.what);
      expect(text).toContain(objective.achievable.pastPerformance);
      for (const review of objective.reviews) expect(text).toContain(review.progress);
    }
    expect(text).toContain('Looks SMART');
    expect(text).not.toMatch(/undefined|NaN|Infinity/);
    expect(blocks.some((b) => b.kind === 'lineChart')).toBe(true);
  });

  it('puts the self-assessment and the cadence into the development plan PDF', () => {
    const { data } = createSmartExampleFor('development-plan', TODAY);
    const text = JSON.stringify(smartEvidenceBlocks(data, TODAY));
    for (const c of data.selfAssessment.criteria) expect(text).toContain(c.criterion);
    expect(text).toContain('8 weeks covered, 8 review dates, no gap longer than a week');
    expect(text).toContain(data.planUpdate);
  });

  it('explains the problems of an objective that is not yet SMART', () => {
    const data = createSmartExampleFor('sales-targets', TODAY).data;
    data.objectives[0]!.measurable.target = '';
    const text = JSON.stringify(smartEvidenceBlocks(data, TODAY));
    expect(text).toContain('No measurable target yet: add the number you are aiming for.');
    expect(text).toContain('Needs work');
  });

  it('uses the spec’s SMART letters: Realistic, not Relevant', () => {
    for (const context of CONTEXTS) {
      const text = JSON.stringify(smartEvidenceBlocks(createSmartExampleFor(context, TODAY).data, TODAY));
      expect(text).toContain('"Realistic"');
      expect(text).not.toMatch(/"Relevant"|Relevant \(/);
    }
  });

  it('claims no presentation delivery (L4C2 2.3): it says an observation or witness record is needed', () => {
    expect(CONTEXT_CONFIG.presentation.criteria.map((c) => c.code)).toEqual(['1.3']);
    expect(smartObjectivesMeta.criteria.map((c) => c.code)).not.toContain('L4C2 2.3');
    expect(smartObjectivesMeta.alsoSupports ?? '').not.toMatch(/3\.1/);
    const text = JSON.stringify(smartEvidenceBlocks(createSmartExampleFor('presentation', TODAY).data, TODAY));
    expect(text).toContain('Delivering the presentation (L4C2 2.3) is not evidenced by this document');
    expect(text).toMatch(/video recording, an observation record completed by a tutor or assessor, or a witness testimony from a manager/);
  });

  it('says no unit is evidenced until a context is chosen', () => {
    expect(smartEvidenceBlocks(createEmptySmart(), TODAY)).toEqual([
      { kind: 'paragraph', text: 'No context chosen yet: this document does not yet evidence any unit.' },
    ]);
  });
});

describe('the SMART task list', () => {
  it('every context: the first section can be completed on its own page, with its own fields', () => {
    for (const context of CONTEXTS) {
      const data: SmartData = { ...createEmptySmart(), context, role: 'Field sales executive' };
      const own = smartCompleteness(data, '2026-11-30').filter((item) => item.sections?.includes('context'));
      expect(own.every((item) => item.isMet), context).toBe(true);
    }
  });
});
