import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PdfBlock } from '../../lib/evidence-types';
import { pipelineCompleteness } from './completeness';
import { createPipelineExample } from './example';
import { createEmptyPipeline, newProspect, parsePipeline, PIPELINE_SCHEMA_VERSION, pipelineMigrations, PipelineSchema, snapshotReview, type PipelineData } from './model';
import savedByVersion1 from './fixtures/v1.json';
import savedByVersion2 from './fixtures/v2.json';
import { pipelineEvidenceBlocks } from './pdf';

const rule = (data: PipelineData, start: string) => pipelineCompleteness(data).find((c) => c.label.startsWith(start))!;

/** Every piece of text in the blocks, for "does the PDF say X" checks. */
function textOf(blocks: PdfBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return b.text;
        case 'fields':
          return b.rows.map((r) => `${r.label} ${r.value}`).join('\n');
        case 'table':
          return [b.caption ?? '', b.columns.join(' '), ...b.rows.map((r) => r.join(' '))].join('\n');
        case 'barChart':
          return [b.caption, ...b.rows.map((r) => `${r.label} ${r.value} ${r.group ?? ''}`)].join('\n');
        case 'lineChart':
          return [b.caption, ...b.xLabels, ...b.series.map((s) => `${s.name} ${s.values.join(' ')}`)].join('\n');
      }
    })
    .join('\n');
}

describe('version 2: criteria confirmed by the learner, and sales velocity typed with sources', () => {
  it('upgrades version 1: the cycle length moves into velocity, BANT left as it was is not yet confirmed', () => {
    const v1 = structuredClone(savedByVersion1) as Record<string, unknown> & { planner: Record<string, unknown>; criteria: Array<Record<string, unknown>> };
    const result = parsePipeline(v1, 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.velocity).toEqual({
      opportunities: { value: null, source: '' },
      averageDealValue: { value: null, source: '' },
      winRatePercent: { value: null, source: '' },
      cycleDays: { value: v1.planner.salesCycleDays, source: '' },
    });
    expect('salesCycleDays' in result.data.planner).toBe(false);
    // The v1 example weighted budget and need 2: criteria the learner changed count as chosen.
    expect(result.data.criteriaConfirmed).toBe(true);
    const untouched = { ...structuredClone(v1), criteria: createEmptyPipeline().criteria };
    const upgraded = pipelineMigrations[1]!(untouched) as PipelineData;
    expect(upgraded.criteriaConfirmed).toBe(false);
  });

  it('loads version 2 as saved', () => {
    expect(parsePipeline(structuredClone(savedByVersion2), 2).ok).toBe(true);
    expect(PIPELINE_SCHEMA_VERSION).toBe(2);
  });

  it('does not count the preloaded BANT criteria until the learner confirms them', () => {
    const data = createEmptyPipeline();
    expect(data.criteriaConfirmed).toBe(false);
    expect(rule(data, 'At least three criteria')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^Choose or confirm your criteria/) });
    data.criteriaConfirmed = true;
    expect(rule(data, 'At least three criteria').isMet).toBe(true);
  });
});

describe('schema', () => {
  it('refuses bad data with a reason, and data from a newer version', () => {
    const tooLong = { ...createEmptyPipeline(), bottleneckAction: 'x'.repeat(5001) };
    expect(parsePipeline(tooLong, PIPELINE_SCHEMA_VERSION)).toMatchObject({ ok: false, reason: expect.stringMatching(/bottleneckAction/) });
    const badScore = createEmptyPipeline();
    badScore.prospects = [{ ...newProspect('a', 'stage-lead', '2026-01-01'), scores: { 'crit-budget': 6 } }];
    expect(parsePipeline(badScore, PIPELINE_SCHEMA_VERSION).ok).toBe(false);
    const badDate = { ...createEmptyPipeline(), context: { organisation: '', system: '', periodStart: '1 March', periodEnd: '' } };
    expect(parsePipeline(badDate, PIPELINE_SCHEMA_VERSION).ok).toBe(false);
    expect(parsePipeline({ ...createEmptyPipeline(), stages: 'lead' }, PIPELINE_SCHEMA_VERSION).ok).toBe(false);
    expect(parsePipeline({ ...createEmptyPipeline(), stages: [{ id: 'x', name: 'X', count: Number.NaN, probability: null }] }, PIPELINE_SCHEMA_VERSION).ok).toBe(false);
    expect(parsePipeline(createEmptyPipeline(), PIPELINE_SCHEMA_VERSION + 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
  });

  it('keeps negative and fractional counts as typed, so nothing is lost while the learner corrects them', () => {
    const data = createEmptyPipeline();
    data.stages[0]!.count = -3;
    data.stages[1]!.count = 2.5;
    const parsed = parsePipeline(data, 1);
    expect(parsed.ok && parsed.data.stages.slice(0, 2).map((s) => s.count)).toEqual([-3, 2.5]);
  });

  it('property: whatever is parsed successfully round-trips through JSON unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 5000 }), { nil: null }), { maxLength: 12 }), fc.string({ maxLength: 200 }), (counts, name) => {
        const data = createEmptyPipeline();
        data.stages = counts.map((count, i) => ({ id: `s${i}`, name, count, probability: null }));
        const parsed = PipelineSchema.safeParse(JSON.parse(JSON.stringify(data)));
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(data);
      }),
    );
  });
});

describe('completeness', () => {
  it('the empty pipeline meets none of the rules and says what is missing', () => {
    const items = pipelineCompleteness(createEmptyPipeline());
    expect(items).toHaveLength(7);
    // BANT is already there with equal weights, but only as a starting point the learner must confirm.
    expect(items.filter((i) => i.isMet).map((i) => i.label)).toEqual([]);
    for (const item of items.filter((i) => !i.isMet)) expect(item.detail).toBeTruthy();
  });

  it('the worked example meets every rule', () => {
    const items = pipelineCompleteness(createPipelineExample().data);
    expect(items.filter((i) => !i.isMet)).toEqual([]);
  });

  it('needs three named ratios: an unassigned stage or a zero count says why', () => {
    const data = createPipelineExample().data;
    data.namedStages.proposal = '';
    expect(rule(data, 'Conversion ratios').detail).toMatch(/Proposal to customer: Choose which of your stages is your proposal stage/);
    const zero = createPipelineExample().data;
    zero.stages = zero.stages.map((s) => ({ ...s, count: 0 }));
    expect(rule(zero, 'Conversion ratios').isMet).toBe(false);
    expect(rule(zero, 'Conversion ratios').detail).toMatch(/nothing to divide by/);
  });

  it('needs three named criteria with usable weights', () => {
    const data = createPipelineExample().data;
    data.criteria = data.criteria.slice(0, 2);
    expect(rule(data, 'At least three criteria')).toMatchObject({ isMet: false, detail: '2 named (at least 3 needed).' });
    const zero = createPipelineExample().data;
    zero.criteria = zero.criteria.map((c) => ({ ...c, weight: 0 }));
    expect(rule(zero, 'At least three criteria').detail).toMatch(/weights add up to 0/);
  });

  it('needs reviews on three different dates', () => {
    const data = createPipelineExample().data;
    data.reviews[2]!.date = data.reviews[1]!.date;
    expect(rule(data, 'Prospects evaluated')).toMatchObject({ isMet: false, detail: expect.stringMatching(/^2 dated reviews/) });
    data.reviews.push(snapshotReview(data, 'r-new', '2099-01-01', ''));
    expect(rule(data, 'Prospects evaluated').isMet).toBe(true);
  });

  it('needs planned effort for every ranked prospect, and names the ones without', () => {
    const data = createPipelineExample().data;
    data.prospects[1]!.nextAction = '';
    expect(rule(data, 'Prospects prioritised').detail).toMatch(/next action for Harlow Dental Group/);
  });

  it('needs two prospects moved forward twice with dates', () => {
    const data = createPipelineExample().data;
    for (const p of data.prospects) p.stageHistory = p.stageHistory.slice(0, 2);
    expect(rule(data, 'Two prospects')).toMatchObject({ isMet: false, detail: '0 prospects moved forward at least twice with dates (2 needed).' });
  });

  it('needs a bottleneck action as well as the ratios', () => {
    const data = createPipelineExample().data;
    data.bottleneckAction = ' ';
    expect(rule(data, 'Conversion from each stage').detail).toBe('Say what you will do about the bottleneck.');
  });
});

describe('PDF blocks', () => {
  it('carry the ratios with their working, the bottleneck, the planner, health, priorities, reviews and stage progress', () => {
    const { data } = createPipelineExample();
    const blocks = pipelineEvidenceBlocks(data);
    const text = textOf(blocks);
    for (const expected of [
      'Northpoint Office Supplies',
      'HubSpot CRM',
      'Prospect to customer',
      '12 / 80 = 15.0 %, 1 in 6.7',
      '12 / 200 = 6.0 %, 1 in 16.7',
      '12 / 24 = 50.0 %, 1 in 2',
      'The lowest stage-to-stage conversion is Prospect → Meeting: 30 / 80 = 37.5 %',
      '25 customers ÷ 6.0 % (12 / 200) = 416.7, rounded up = 417',
      'Weighted pipeline value',
      'Coverage of the target',
      'Sales velocity',
      'Kestrel Logistics',
      'Agree the delivery schedule with the operations director',
      'Twice a week',
      '£18,000 (£15,600)',
      'Ranked by likelihood of conversion to customer, highest first (L3C5 2.3)',
      'Sales velocity: each figure as I typed it, and where it comes from',
      'HubSpot: average days from first contact to won, last 12 months',
      '10 h a month',
      'Monthly pipeline review with my line manager',
      'Prospects moved through the stages (AC 3.2)',
      data.criteria[0]!.guidance,
    ]) {
      expect(text).toContain(expected);
    }
    expect(blocks.filter((b) => b.kind === 'barChart')).toHaveLength(2);
    const line = blocks.find((b) => b.kind === 'lineChart');
    expect(line?.kind === 'lineChart' && line.xLabels).toHaveLength(3);
    expect(line?.kind === 'lineChart' && line.series[0]!.name).toBe('Kestrel Logistics');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('ranks the priority table by likelihood of conversion, printing the rule and the likelihood beside the value', () => {
    const blocks = pipelineEvidenceBlocks(createPipelineExample().data);
    const table = blocks.find((b) => b.kind === 'table' && b.columns[0] === 'Rank');
    expect(table?.kind === 'table' && table.caption).toMatch(/^Ranked by likelihood of conversion/);
    const rows = table?.kind === 'table' ? table.rows : [];
    const likelihoods = rows.map((r) => Number.parseFloat(r[3]!));
    expect(likelihoods).toEqual([...likelihoods].sort((a, b) => b - a));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1', 'Kestrel Logistics', '86.7 %'],
      ['2', 'Harlow Dental Group', '83.3 %'],
      ['3', 'Marsh & Daughters Solicitors', '63.3 %'],
      ['4', 'Oakfield Primary Academy Trust', '60.0 %'],
      ['5', 'Brennan Engineering', '40.0 %'],
    ]);
  });

  it('an empty pipeline exports plain reasons, never NaN, Infinity or undefined', () => {
    const text = textOf(pipelineEvidenceBlocks(createEmptyPipeline()));
    expect(text).toMatch(/Enter a count/);
    expect(text).toMatch(/No dated review recorded yet/);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('property: random counts, values and weights never put NaN, Infinity or undefined in the PDF', () => {
    const num = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(num, { minLength: 6, maxLength: 6 }), fc.array(num, { minLength: 4, maxLength: 4 }), num, num, (counts, weights, value, days) => {
        const { data } = createPipelineExample();
        data.stages = data.stages.map((s, i) => ({ ...s, count: counts[i] ?? null }));
        data.criteria = data.criteria.map((c, i) => ({ ...c, weight: weights[i] ?? null }));
        data.prospects[0]!.value = value;
        data.velocity = { opportunities: { value: days, source: '' }, averageDealValue: { value, source: '' }, winRatePercent: { value: days, source: '' }, cycleDays: { value: days, source: '' } };
        data.planner.averageDealValue = value;
        expect(textOf(pipelineEvidenceBlocks(data))).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 60 },
    );
  });
});
