import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates';
import { coverage, showsSustainedHighStress } from './calculations';
import { stressCompleteness } from './completeness';
import { createStressExample } from './example';
import { createEmptyStress, parseStress, STRESS_SCHEMA_VERSION, type StressData } from './model';
import { stressEvidenceBlocks } from './pdf';
import { stressTrackerModel } from './definition';
import { ratingChartRows } from './chart-data';

const TODAY = '2027-03-31';
const example = () => createStressExample(TODAY).data;
const rule = (data: StressData, start: string, today = TODAY) => stressCompleteness(data, today).find((c) => c.label.startsWith(start))!;

describe('the worked example', () => {
  it('meets every rule, counted back from any day including across clock changes and month ends', () => {
    for (const today of [TODAY, '2027-03-28', '2027-11-01', '2028-03-01', '2027-01-01']) {
      const checks = stressCompleteness(createStressExample(today).data, today);
      expect(checks.filter((c) => !c.isMet)).toEqual([]);
      expect(checks.length).toBe(11);
    }
  });

  it('ends yesterday with a month of mostly-logged days and no sustained high stress', () => {
    const data = example();
    expect(data.retake.date).toBe(addDays(TODAY, -1));
    expect(coverage(data, TODAY)!.label).toBe('33 of 36 days logged');
    expect(showsSustainedHighStress(data.checkIns, TODAY)).toBe(false);
  });

  it('is valid stored data', () => {
    expect(parseStress(JSON.parse(JSON.stringify(example())), STRESS_SCHEMA_VERSION)).toEqual({ ok: true, data: example() });
  });
});

describe('completeness', () => {
  it('starts with every rule not yet met, each saying what is missing', () => {
    const checks = stressCompleteness(createEmptyStress(), TODAY);
    expect(checks.every((c) => !c.isMet && c.detail && !/undefined|NaN/.test(c.detail))).toBe(true);
  });

  it('needs two complete workplace examples and the explanation', () => {
    const data = example();
    data.workplaceExamples[1]!.asStress = ' ';
    expect(rule(data, 'Pressure and stress')).toMatchObject({ isMet: false, detail: expect.stringContaining('1 complete workplace examples') });
    data.pressureVsStress = '';
    expect(rule(data, 'Pressure and stress').detail).toMatch(/^Explain the difference/);
  });

  it('needs three workplace and three personal stressors, blank rows not counted', () => {
    const data = example();
    data.personalStressors[2]!.text = '  ';
    expect(rule(data, 'At least three workplace')).toMatchObject({ isMet: false, detail: '2 personal life stressors (at least 3 needed).' });
  });

  it('needs one organisational and two individual impacts', () => {
    const data = example();
    data.individualImpacts = data.individualImpacts.slice(0, 1);
    data.organisationImpacts = [];
    expect(rule(data, 'Impacts').detail).toBe('0 impacts on organisations (at least 1 needed). 1 impacts on individuals (at least 2 needed).');
  });

  it('needs three techniques with an outline', () => {
    const data = example();
    data.techniques = data.techniques.slice(0, 3);
    data.techniques[2]!.outline = '';
    expect(rule(data, 'At least three stress management')).toMatchObject({ isMet: false, detail: '2 techniques with a name and an outline (at least 3 needed).' });
  });

  it('needs the chosen technique to be one of those outlined', () => {
    const data = example();
    data.plan.chosenTechniqueId = 'gone';
    expect(rule(data, 'One of those techniques')).toMatchObject({ isMet: false, detail: 'Choose one of the techniques you outlined.' });
  });

  it('needs the baseline complete and before the start of the technique', () => {
    const data = example();
    data.baseline.answers[3] = null;
    expect(rule(data, 'A baseline')).toMatchObject({ isMet: false, detail: 'Complete the baseline questionnaire and its score.' });
    const late = example();
    late.plan.startDate = addDays(late.baseline.date, -1);
    expect(rule(late, 'A baseline').detail).toMatch(/should be taken before you start the technique/);
  });

  it('needs check-ins for at least a month after the baseline and in every week', () => {
    const data = example();
    const baseline = data.baseline.date;
    data.checkIns = data.checkIns.filter((c) => c.date < addDays(baseline, 7) || c.date >= addDays(baseline, 14));
    expect(rule(data, 'Check-ins across')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^No check-ins in week 2 \(/) });

    const short = example();
    short.retake.date = '';
    expect(rule(short, 'Check-ins across', addDays(baseline, 20)).detail).toMatch(/^Keep logging until at least/);
  });

  it('needs the technique used daily for a calendar month, counting the days it was', () => {
    const data = example();
    const day = addDays(data.plan.startDate, 6);
    data.checkIns = data.checkIns.map((c) => (c.date === day ? { ...c, usedTechnique: false, minutes: null } : c));
    // The week still has the technique used on other days: a weekly check would pass it.
    expect(rule(data, 'The technique used daily')).toMatchObject({
      isMet: false,
      detail: `Technique used on 27 of the month’s 28 days (24 February 2027 to 23 March 2027). Not logged as used on 2 March 2027.`,
      source: expect.stringMatching(/^L3S2 assessor guidance, LO2: .*daily activities over at least a one-month period/),
    });
    expect(rule(example(), 'The technique used daily')).toMatchObject({ isMet: true, detail: 'Technique used on 28 of the month’s 28 days (24 February 2027 to 23 March 2027).' });
  });

  it('refuses a retake less than a month after the baseline, or before it', () => {
    const data = example();
    data.retake.date = addDays(data.baseline.date, 20);
    expect(rule(data, 'A retake')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^The retake must be at least one month after the baseline: on or after /) });
    data.retake.date = addDays(data.baseline.date, -1);
    expect(rule(data, 'A retake').detail).toMatch(/is before the baseline/);
  });

  it('needs the written judgement and three named sources of support', () => {
    const data = example();
    data.review.effectiveness = '';
    data.support = data.support.slice(0, 2);
    expect(rule(data, 'A before-and-after').detail).toBe('Write your judgement of how effective the technique was.');
    expect(rule(data, 'At least three sources').detail).toBe('2 sources of support named (at least 3 needed).');
  });
});

describe('stored data and versions', () => {
  it('refuses data from a newer version with a plain reason', () => {
    const result = parseStress(createEmptyStress(), STRESS_SCHEMA_VERSION + 1);
    expect(!result.ok && result.reason).toMatch(/newer version of the toolkit/);
  });

  it('refuses out-of-range ratings, unreal dates and duplicated days, saying where', () => {
    const outOfRange = example() as unknown as { checkIns: Array<{ rating: number; date: string }> };
    outOfRange.checkIns[0]!.rating = 11;
    const result = parseStress(outOfRange, 1);
    expect(!result.ok && result.reason).toContain('checkIns › item 1 › rating is more than the largest allowed (10)');

    const unreal = example();
    unreal.checkIns[0]!.date = '2027-02-30';
    expect(parseStress(unreal, 1).ok).toBe(false);

    const duplicated = example();
    duplicated.checkIns[1]!.date = duplicated.checkIns[0]!.date;
    const dup = parseStress(duplicated, 1);
    expect(!dup.ok && dup.reason).toMatch(/same date/);
  });

  it('refuses over-long text and an answer outside the self-check scale', () => {
    const long = example();
    long.pressureVsStress = 'x'.repeat(5001);
    expect(parseStress(long, 1).ok).toBe(false);
    const answer = example() as unknown as { baseline: { answers: number[] } };
    answer.baseline.answers[0] = 5;
    expect(parseStress(answer, 1).ok).toBe(false);
  });

  it('a blank tracker is valid and the model wires it all together', () => {
    expect(parseStress(createEmptyStress(), 1).ok).toBe(true);
    expect(stressTrackerModel.createEmpty().checkIns).toEqual([]);
    expect(stressTrackerModel.completeness(stressTrackerModel.createExample().data).every((c) => c.isMet)).toBe(true);
  });
});

describe('PDF blocks', () => {
  const text = (data: StressData) => JSON.stringify(stressEvidenceBlocks(data, TODAY));

  it('carry every AC section, the scores, coverage, comparison and support', () => {
    const data = example();
    const all = text(data);
    for (const expected of ['(AC 1.1)', '(AC 1.2)', '(AC 1.3)', '(AC 1.4)', '(AC 2.1)', '(AC 2.2, 2.3)', '(AC 2.4)', 'Box breathing',
      '21 out of 32', '10 out of 32', '33 of 36 days logged', 'Technique used on 28 of the month’s 28 days (24 February 2027 to 23 March 2027)', 'First and last weeks compared', 'The score fell by 11 points to 10 out of 32',
      'Being a carer for my dad', 'Employee assistance programme (EAP)', 'not a clinical measure',
      'Average daily rating fell from 7.1 in the first week to 4.5 in the last (down 2.6).']) {
      expect(all).toContain(expected);
    }
    expect(all).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('draw a line chart of every day with gaps for missed days and the baseline and retake marked', () => {
    const data = example();
    const chart = stressEvidenceBlocks(data, TODAY).find((b) => b.kind === 'lineChart');
    expect(chart?.kind).toBe('lineChart');
    if (chart?.kind !== 'lineChart') return;
    const rows = ratingChartRows(data, TODAY);
    expect(chart.xLabels.length).toBe(36);
    expect(chart.series[0]!.values).toEqual(rows.map((r) => r.rating));
    expect(chart.series[0]!.values.filter((v) => v === null).length).toBe(3);
    expect(chart.referenceLines).toEqual([
      { label: 'Baseline 21/32, on the 0–10 scale', value: 6.6 },
      { label: 'Retake 10/32, on the 0–10 scale', value: 3.1 },
    ]);
  });

  it('leave daily notes out unless the learner chooses to include them', () => {
    const data = example();
    expect(text(data)).not.toContain('Lost the Harlow deal');
    expect(text(data)).toContain('the learner chose to keep daily notes private');
    data.includeNotesInPdf = true;
    expect(text(data)).toContain('Lost the Harlow deal');
  });

  it('show missed days in words in the calendar, not by colour', () => {
    const all = text(example());
    expect(all).toMatch(/\\nmissed/);
    expect(all).toMatch(/\\nrated \d+\\ntechnique used/);
    expect(all).toMatch(/\\nBaseline/);
    expect(all).toMatch(/\\nRetake/);
    expect(all).not.toContain('before tracking');
  });

  it('say plainly what is missing in a blank tracker, with nothing undefined', () => {
    const all = text(createEmptyStress());
    expect(all).toContain('No check-ins logged yet.');
    expect(all).not.toMatch(/NaN|undefined|Infinity/);
  });
});
