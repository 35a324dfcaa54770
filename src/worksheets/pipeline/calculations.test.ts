import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  conversionRatio,
  countProblem,
  criteriaProblem,
  customersNeeded,
  effortSummary,
  findBottleneck,
  likelihoodOf,
  namedRatio,
  neededAtStage,
  periodProblem,
  pipelineHealth,
  planBackwards,
  rankProspects,
  ratioWorking,
  reviewHistory,
  stageConversions,
  stageCountProblems,
  stageProgress,
} from './calculations';
import { formatMoney, formatOneDecimal, formatPercent } from './format';
import { createEmptyPipeline, newProspect, recordStageChange, snapshotReview, type PipelineData, type Stage } from './model';

const NOT_A_NUMBER = /NaN|Infinity|undefined/;

/** The default six stages with these counts. */
function withCounts(counts: Array<number | null>): PipelineData {
  const data = createEmptyPipeline();
  data.stages = data.stages.map((s, i) => ({ ...s, count: counts[i] ?? null }));
  return data;
}

const stagesOf = (counts: Array<number | null>): Stage[] => counts.map((count, i) => ({ id: `s${i}`, name: `S${i}`, count, probability: null }));

/** A non-increasing funnel of whole counts, largest first. */
const funnelArb = fc
  .array(fc.integer({ min: 0, max: 100000 }), { minLength: 2, maxLength: 8 })
  .map((counts) => [...counts].sort((a, b) => b - a));

describe('formatting', () => {
  it('shows percentages to one decimal place and a tiny share as under 0.1 %', () => {
    expect(formatPercent(0.06)).toBe('6.0 %');
    expect(formatPercent(1 / 3)).toBe('33.3 %');
    expect(formatPercent(1 / 100000)).toBe('under 0.1 %');
    // Changed with lib/numbers: NaN is shown as the one sign for 'cannot be shown', never as a real-looking 0.0 %.
    expect(formatPercent(Number.NaN)).toBe('–');
  });
  it('formats money in pounds, with pence only when needed', () => {
    expect(formatMoney(150000)).toBe('£150,000');
    expect(formatMoney(12.5)).toBe('£12.50');
    expect(formatOneDecimal(200 / 12)).toBe('16.7');
    expect(formatOneDecimal(4)).toBe('4');
  });
});

describe('counts', () => {
  it('explains empty, negative and fractional counts', () => {
    expect(countProblem(null)).toMatch(/Enter a count/);
    expect(countProblem(-3)).toMatch(/cannot be negative.*-3/);
    expect(countProblem(2.5)).toMatch(/whole number.*2\.5/);
    expect(countProblem(0)).toBeNull();
    expect(countProblem(40)).toBeNull();
  });
  it('flags a stage holding more than the stage before it', () => {
    const problems = stageCountProblems(stagesOf([100, 40, 60, null]));
    expect(problems[0]).toBeNull();
    expect(problems[1]).toBeNull();
    expect(problems[2]).toMatch(/more than S1 \(40\)/);
    expect(problems[3]).toMatch(/Enter a count/);
  });
});

describe('conversion ratios', () => {
  it('shows the working the unit expects: 12 / 200 = 6.0 %, 1 in 16.7', () => {
    expect(ratioWorking(12, 200)).toBe('12 / 200 = 6.0 %, 1 in 16.7');
    expect(ratioWorking(0, 200)).toBe('0 / 200 = 0.0 %, none converted');
    expect(ratioWorking(1200, 4800)).toBe('1,200 / 4,800 = 25.0 %, 1 in 4');
  });

  it('calculates the three named ratios from the default stages', () => {
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    const lead = namedRatio(data, 'lead');
    const prospect = namedRatio(data, 'prospect');
    const proposal = namedRatio(data, 'proposal');
    expect(lead.ok && lead.working).toBe('12 / 200 = 6.0 %, 1 in 16.7');
    expect(prospect.ok && prospect.fraction).toBeCloseTo(0.15);
    expect(proposal.ok && proposal.working).toBe('12 / 24 = 50.0 %, 1 in 2');
  });

  it('follows the stages the learner chose, after renaming and reordering', () => {
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    data.stages = [data.stages[0]!, { ...data.stages[3]!, name: 'Quote sent', count: 50 }, data.stages[5]!];
    data.namedStages.prospect = '';
    const proposal = namedRatio(data, 'proposal');
    expect(proposal.ok && proposal.fromName).toBe('Quote sent');
    expect(proposal.ok && proposal.working).toBe('12 / 50 = 24.0 %, 1 in 4.2');
    const prospect = namedRatio(data, 'prospect');
    expect(prospect.ok).toBe(false);
    expect(!prospect.ok && prospect.reason).toMatch(/Choose which of your stages is your prospect stage/);
  });

  it('says why a ratio cannot be calculated: zero denominator, rising counts, bad counts, wrong order', () => {
    const zero = conversionRatio(stagesOf([0, 0]), 0, 1);
    expect(!zero.ok && zero.reason).toMatch(/no S0 in the period, so there is nothing to divide by/);
    const rising = conversionRatio(stagesOf([10, 20]), 0, 1);
    expect(!rising.ok && rising.reason).toMatch(/S1 \(20\) is more than S0 \(10\)/);
    const fractional = conversionRatio(stagesOf([10.5, 2]), 0, 1);
    expect(!fractional.ok && fractional.reason).toMatch(/S0 count needs fixing first: A count must be a whole number/);
    const backwards = conversionRatio(stagesOf([10, 2]), 1, 0);
    expect(!backwards.ok && backwards.reason).toMatch(/must come after/);
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    data.namedStages.customer = 'stage-meeting';
    const proposal = namedRatio(data, 'proposal');
    expect(!proposal.ok && proposal.reason).toMatch(/proposal stage \(Proposal\) must come before your customer stage \(Meeting\)/);
  });

  it('property: every ratio of a valid funnel lies within 0–100 % and never shows NaN or Infinity', () => {
    fc.assert(
      fc.property(funnelArb, (counts) => {
        const stages = stagesOf(counts);
        for (let from = 0; from < stages.length; from += 1) {
          for (let to = from + 1; to < stages.length; to += 1) {
            const ratio = conversionRatio(stages, from, to);
            if (counts[from] === 0) {
              expect(ratio.ok).toBe(false);
            } else {
              expect(ratio.ok).toBe(true);
              if (ratio.ok) {
                expect(ratio.fraction).toBeGreaterThanOrEqual(0);
                expect(ratio.fraction).toBeLessThanOrEqual(1);
              }
            }
            expect(ratio.ok ? ratio.working : ratio.reason).not.toMatch(NOT_A_NUMBER);
          }
        }
      }),
    );
  });

  it('property: any counts at all give either a ratio in 0–100 % or a reason, never NaN', () => {
    const count = fc.option(fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { nil: null });
    fc.assert(
      fc.property(fc.array(count, { minLength: 6, maxLength: 6 }), (counts) => {
        const data = withCounts(counts);
        for (const c of stageConversions(data)) {
          for (const ratio of [c.toNext, c.toCustomer]) {
            if (!ratio) continue;
            if (ratio.ok) expect(ratio.fraction).toBeLessThanOrEqual(1);
            expect(ratio.ok ? ratio.working : ratio.reason).not.toMatch(NOT_A_NUMBER);
          }
        }
        const bottleneck = findBottleneck(data);
        expect(bottleneck.ok ? bottleneck.ratio.working : bottleneck.reason).not.toMatch(NOT_A_NUMBER);
      }),
    );
  });
});

describe('bottleneck', () => {
  it('names the step with the lowest conversion to the next stage', () => {
    const bottleneck = findBottleneck(withCounts([200, 80, 30, 24, 16, 12]));
    expect(bottleneck.ok && `${bottleneck.ratio.fromName} → ${bottleneck.ratio.toName}`).toBe('Prospect → Meeting');
    expect(bottleneck.ok && bottleneck.ratio.working).toBe('30 / 80 = 37.5 %, 1 in 2.7');
  });
  it('takes the first on a tie and says why when a step cannot be calculated', () => {
    const tie = findBottleneck(withCounts([100, 50, 25, 25, 25, 25]));
    expect(tie.ok && tie.ratio.fromName).toBe('Lead');
    const broken = findBottleneck(withCounts([100, 50, null, 25, 25, 25]));
    expect(!broken.ok && broken.reason).toMatch(/Prospect → Meeting/);
  });
});

describe('backwards planner', () => {
  it('turns a revenue target into customers, rounding up', () => {
    const data = createEmptyPipeline();
    data.planner = { ...data.planner, targetKind: 'revenue', targetRevenue: 100000, averageDealValue: 8000 };
    const result = customersNeeded(data.planner);
    expect(result.ok && result.customers).toBe(13);
    expect(result.ok && result.working).toBe('£100,000 ÷ £8,000 average deal = 12.5, rounded up to 13 new customers');
  });

  it('explains a missing target, a zero average deal value and a fractional customer target', () => {
    const planner = createEmptyPipeline().planner;
    expect(customersNeeded(planner)).toEqual({ ok: false, reason: 'Enter your target number of new customers.' });
    expect(customersNeeded({ ...planner, targetCustomers: 2.5 })).toMatchObject({ ok: false, reason: expect.stringMatching(/whole number/) });
    const revenue = { ...planner, targetKind: 'revenue' as const, targetRevenue: 50000, averageDealValue: 0 };
    expect(customersNeeded(revenue)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than £0/) });
  });

  it('works back from 15 customers to 250 leads at 12 / 200', () => {
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    data.planner.targetCustomers = 15;
    const plan = planBackwards(data);
    expect(plan.rows.map((r) => [r.name, r.result.ok ? r.result.needed : r.result.reason])).toEqual([
      ['Lead', 250],
      ['Prospect', 100],
      ['Meeting', 38],
      ['Proposal', 30],
      ['Negotiation', 20],
    ]);
    const meeting = plan.rows[2]!.result;
    expect(meeting.ok && meeting.working).toBe('15 customers ÷ 40.0 % (12 / 30) = 37.5, rounded up = 38');
  });

  it('says why a stage cannot be worked back when none of it converted', () => {
    const data = withCounts([200, 80, 30, 24, 16, 0]);
    data.planner.targetCustomers = 5;
    const lead = planBackwards(data).rows[0]!.result;
    expect(!lead.ok && lead.reason).toMatch(/None of your Lead became customers/);
  });

  it('property: the planner inverts the ratio (the number needed converts to at least the target, one fewer does not)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        (customers, a, b) => {
          const numerator = Math.min(a, b);
          const denominator = Math.max(a, b);
          const needed = neededAtStage(customers, numerator, denominator);
          expect(Number.isInteger(needed)).toBe(true);
          expect(needed * numerator).toBeGreaterThanOrEqual(customers * denominator);
          expect((needed - 1) * numerator).toBeLessThan(customers * denominator);
          expect(needed).toBeGreaterThanOrEqual(customers);
        },
      ),
    );
  });
});

describe('likelihood and priority', () => {
  const bant = (b: number | null, a: number | null, n: number | null, t: number | null) => ({
    'crit-budget': b,
    'crit-authority': a,
    'crit-need': n,
    'crit-timeline': t,
  });

  it('weights the scores: Σ score × weight ÷ (5 × Σ weight)', () => {
    const criteria = createEmptyPipeline().criteria.map((c) => ({ ...c, weight: c.name === 'Budget' || c.name === 'Need' ? 2 : 1 }));
    const result = likelihoodOf(bant(4, 3, 5, 2), criteria);
    // (4×2 + 3×1 + 5×2 + 2×1) = 23 of 5 × 6 = 30 → 76.7 %
    expect(result.ok && result.points).toBe(23);
    expect(result.ok && result.possible).toBe(30);
    expect(result.ok && result.working).toBe('score × weight: 4×2 + 3×1 + 5×2 + 2×1 = 23 of 30 = 76.7 %');
  });

  it('says which criteria are not yet scored and refuses weights that add to zero', () => {
    const criteria = createEmptyPipeline().criteria;
    expect(likelihoodOf(bant(4, null, 5, null), criteria)).toEqual({ ok: false, reason: 'Not yet scored on Authority and Timeline.' });
    const zero = criteria.map((c) => ({ ...c, weight: 0 }));
    expect(criteriaProblem(zero)).toMatch(/weights add up to 0/);
    expect(likelihoodOf(bant(1, 1, 1, 1), zero).ok).toBe(false);
    const negative = criteria.map((c, i) => ({ ...c, weight: i === 0 ? -1 : 1 }));
    expect(criteriaProblem(negative)).toMatch(/Fix the weight of Budget: A weight cannot be negative/);
  });

  it('property: likelihood stays within 0–100 % for any scores and non-negative weights', () => {
    const score = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 10 }), (rows) => {
        const criteria = rows.map(([, weight], i) => ({ id: `c${i}`, name: `C${i}`, weight, guidance: '' }));
        const scores = Object.fromEntries(rows.map(([s], i) => [`c${i}`, s]));
        const result = likelihoodOf(scores, criteria);
        if (rows.every(([, w]) => w === 0)) expect(result.ok).toBe(false);
        else {
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.fraction).toBeGreaterThanOrEqual(0);
            expect(result.fraction).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }),
    );
  });

  it('ranks open prospects by likelihood of conversion (L3C5 2.3), value breaking ties; leaves out won and unscored ones with a reason', () => {
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    const prospect = (id: string, name: string, stageId: string, value: number | null, scores: ReturnType<typeof bant>) => ({
      ...newProspect(id, stageId, '2026-01-01'),
      name,
      value,
      scores,
    });
    data.prospects = [
      prospect('a', 'Small sure thing', 'stage-proposal', 2000, bant(5, 5, 5, 5)), // 100 %
      prospect('b', 'Big long shot', 'stage-lead', 20000, bant(1, 1, 1, 1)), // 20 %, the most weighted value (£4,000)
      prospect('c', 'Middle', 'stage-meeting', 5000, bant(2, 2, 2, 2)), // 40 %
      prospect('g', 'Middle, bigger', 'stage-meeting', 8000, bant(2, 2, 2, 2)), // 40 %, value breaks the tie
      prospect('d', 'Won already', 'stage-customer', 9000, bant(5, 5, 5, 5)),
      prospect('e', 'No value yet', 'stage-lead', null, bant(5, 5, 5, 5)),
      prospect('f', '', 'stage-lead', 100, bant(5, 5, 5, 5)),
    ];
    const { ranked, notRanked } = rankProspects(data);
    expect(ranked.map((r) => [r.rank, r.prospect.name, Math.round(r.likelihood * 100), r.value])).toEqual([
      [1, 'Small sure thing', 100, 2000],
      [2, 'Middle, bigger', 40, 8000],
      [3, 'Middle', 40, 5000],
      [4, 'Big long shot', 20, 20000],
    ]);
    expect(notRanked.map((n) => [n.prospect.name, n.reason])).toEqual([
      ['Won already', 'Won: at the Customer stage, so no longer prioritised.'],
      ['No value yet', 'Enter a deal value to rank this prospect.'],
    ]);
  });

  it('property: ranks run in order of likelihood, then value, and never skip the first place', () => {
    const score = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100000 }), score, score, score, score), { minLength: 1, maxLength: 30 }), (rows) => {
        const data = withCounts([200, 80, 30, 24, 16, 12]);
        data.prospects = rows.map(([value, b, a, n, t], i) => ({ ...newProspect(`p${i}`, 'stage-lead', '2026-01-01'), name: `P${i}`, value, scores: bant(b, a, n, t) }));
        const { ranked } = rankProspects(data);
        expect(ranked).toHaveLength(rows.length);
        expect(ranked[0]!.rank).toBe(1);
        ranked.forEach((r, i) => {
          const before = ranked[i - 1];
          if (before) {
            expect(r.likelihood).toBeLessThanOrEqual(before.likelihood);
            if (r.likelihood === before.likelihood) expect(r.value).toBeLessThanOrEqual(before.value);
            // A shared rank only where likelihood and value are both equal.
            expect(r.rank === before.rank).toBe(r.likelihood === before.likelihood && r.value === before.value);
            expect(r.rank).toBeGreaterThanOrEqual(before.rank);
          }
          expect(r.weightedValue).toBeLessThanOrEqual(r.value + 1e-9);
        });
      }),
    );
  });

  it('compares planned hours with the hours available', () => {
    const data = createEmptyPipeline();
    data.prospects = [
      { ...newProspect('a', 'stage-lead', '2026-01-01'), name: 'A', hoursPerMonth: 30 },
      { ...newProspect('b', 'stage-lead', '2026-01-01'), name: 'B', hoursPerMonth: 15.5 },
    ];
    data.planner.availableHoursPerMonth = 40;
    const summary = effortSummary(data);
    expect(summary.plannedHours).toBe(45.5);
    expect(summary.isOver).toBe(true);
    expect(summary.text).toMatch(/5\.5 more than the 40 you have/);
  });
});

describe('a ratio worked out from counts that rise down the funnel', () => {
  it('carries a warning on the ratio card, not only at the field', () => {
    // 250 prospects from 200 leads: the prospect count is flagged at its field; 12 / 250 still divides.
    const data = withCounts([200, 250, 30, 24, 16, 12]);
    const prospect = namedRatio(data, 'prospect');
    expect(prospect.ok && prospect.working).toBe('12 / 250 = 4.8 %, 1 in 20.8');
    expect(prospect.ok && prospect.warning).toBe('Check the counts before relying on this ratio: Prospect (250) is more than Lead (200).');
    const lead = namedRatio(data, 'lead');
    expect(lead.ok && lead.warning).toMatch(/Prospect \(250\) is more than Lead \(200\)/);
    const proposal = namedRatio(data, 'proposal');
    expect(proposal.ok && proposal.warning).toBeUndefined();
  });

  it('warns exactly when a count at or inside the ratio’s stages rises above the stage before it (property)', () => {
    const count = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(fc.array(count, { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 4 }), (counts, from) => {
        const data = withCounts(counts);
        const ratio = conversionRatio(data.stages, from, 5);
        if (!ratio.ok) return;
        const rises = counts.some((c, i) => i >= Math.max(from, 1) && i <= 5 && c > counts[i - 1]!);
        expect(ratio.warning !== undefined).toBe(rises);
      }),
    );
  });
});

describe('pipeline health', () => {
  function healthyPipeline() {
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    data.prospects = [
      { ...newProspect('a', 'stage-proposal', '2026-01-01'), name: 'A', value: 10000 },
      { ...newProspect('b', 'stage-proposal', '2026-01-01'), name: 'B', value: 6000 },
      { ...newProspect('c', 'stage-lead', '2026-01-01'), name: 'C', value: 4000 },
      { ...newProspect('d', 'stage-customer', '2026-01-01'), name: 'Won', value: 99999 },
    ];
    data.planner = { ...data.planner, targetKind: 'customers', targetCustomers: 2, averageDealValue: 5000 };
    return data;
  }

  it('weights open deals by each stage’s probability (its conversion to customer unless the learner gives one)', () => {
    const data = healthyPipeline();
    const health = pipelineHealth(data);
    // Lead £4,000 × 6 % = £240; Proposal £16,000 × 50 % = £8,000.
    expect(health.weighted.ok && health.weighted.value).toBeCloseTo(8240);
    expect(health.weighted.ok && health.weighted.working).toBe('Lead: £4,000 × 6.0 % = £240; Proposal: £16,000 × 50.0 % = £8,000. Total £8,240');
    data.stages[3] = { ...data.stages[3]!, probability: 40 };
    const own = pipelineHealth(data);
    expect(own.weighted.ok && own.weighted.value).toBeCloseTo(240 + 6400);
  });

  it('gives coverage of the target with its working', () => {
    const health = pipelineHealth(healthyPipeline());
    expect(health.openCount).toBe(3);
    expect(health.openValue).toBe(20000);
    // Target 2 × £5,000 = £10,000; £20,000 ÷ £10,000 = 2×.
    expect(health.coverage.ok && health.coverage.ratio).toBe(2);
    expect(health.coverage.ok && health.coverage.working).toBe('£20,000 open pipeline ÷ £10,000 target (2 customers × £5,000) = 2 × the target');
  });

  it('explains what is missing instead of dividing by zero', () => {
    const data = healthyPipeline();
    data.planner.averageDealValue = null;
    const health = pipelineHealth(data);
    expect(!health.coverage.ok && health.coverage.reason).toMatch(/average deal value/);
    const empty = pipelineHealth(withCounts([0, 0, 0, 0, 0, 0]));
    expect(empty.weighted.ok || empty.coverage.ok).toBe(false);
  });
});

describe('reviews and stage progress', () => {
  it('records a snapshot that later changes to the list do not alter, and charts it per prospect', () => {
    const data = withCounts([200, 80, 30, 24, 16, 12]);
    data.prospects = [{ ...newProspect('a', 'stage-lead', '2026-01-01'), name: 'A', scores: { 'crit-budget': 5, 'crit-authority': 5, 'crit-need': 5, 'crit-timeline': 5 } }];
    data.reviews = [snapshotReview(data, 'r1', '2026-02-01', 'First')];
    data.prospects[0]!.scores = { 'crit-budget': 0, 'crit-authority': 0, 'crit-need': 5, 'crit-timeline': 5 };
    data.reviews.push(snapshotReview(data, 'r2', '2026-01-15', 'Earlier date, entered later'));
    const history = reviewHistory(data);
    expect(history.reviews.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(history.rows).toEqual([{ prospectId: 'a', name: 'A', values: [0.5, 1] }]);
    // A criterion added after the reviews does not spoil them.
    data.criteria.push({ id: 'new', name: 'Fit', weight: 1, guidance: '' });
    expect(reviewHistory(data).rows[0]!.values).toEqual([0.5, 1]);
  });

  it('dates each stage change, correcting a same-day change rather than adding one', () => {
    let history = recordStageChange([], 'stage-lead', '2026-01-01');
    history = recordStageChange(history, 'stage-prospect', '2026-01-05');
    history = recordStageChange(history, 'stage-meeting', '2026-01-05');
    history = recordStageChange(history, 'stage-meeting', '2026-01-09');
    expect(history).toEqual([
      { date: '2026-01-01', stageId: 'stage-lead' },
      { date: '2026-01-05', stageId: 'stage-meeting' },
    ]);
  });

  it('counts a prospect as progressed after two dated moves forward', () => {
    const stages = withCounts([]).stages;
    const prospect = newProspect('a', 'stage-meeting', '2026-01-01');
    prospect.stageHistory = [
      { date: '2026-03-01', stageId: 'stage-meeting' },
      { date: '2026-01-01', stageId: 'stage-lead' },
      { date: '', stageId: 'stage-prospect' },
    ];
    expect(stageProgress(prospect, stages)).toMatchObject({ forwardMoves: 1, isProgressed: false });
    prospect.stageHistory[2]!.date = '2026-02-01';
    const progress = stageProgress(prospect, stages);
    expect(progress.isProgressed).toBe(true);
    expect(progress.steps.map((s) => s.stageName)).toEqual(['Lead', 'Prospect', 'Meeting']);
  });

  it('checks the period is a real date range', () => {
    expect(periodProblem('', '')).toMatch(/first and last day/);
    expect(periodProblem('2026-02-30', '2026-03-01')).toMatch(/real dates/);
    expect(periodProblem('2026-03-01', '2026-02-01')).toMatch(/ends before it starts/);
    expect(periodProblem('2026-01-01', '2026-03-31')).toBeNull();
  });
});
