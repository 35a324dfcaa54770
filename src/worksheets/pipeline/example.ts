import { todayIso } from '../../lib/dates';
import { createEmptyPipeline, type PipelineData, type Prospect, type Review } from './model';

const DAY = 24 * 60 * 60 * 1000;
/** Dates relative to today, so the example's reviews are recent and its next actions are ahead. */
const daysFrom = (now: Date, days: number) => todayIso(new Date(now.getTime() + days * DAY));

type Scores = [budget: number, authority: number, need: number, timeline: number];
const bant = ([budget, authority, need, timeline]: Scores) => ({
  'crit-budget': budget,
  'crit-authority': authority,
  'crit-need': need,
  'crit-timeline': timeline,
});

type ExampleProspect = Omit<Prospect, 'id' | 'scores' | 'stageHistory' | 'nextActionDate'> & {
  /** Scores at the three reviews, oldest first; the last is also the current score. */
  reviewScores: [Scores, Scores, Scores];
  /** [days from today, stage id] for each dated stage change. */
  moves: Array<[number, string]>;
  nextActionInDays: number;
};

/** A fictional business-to-business seller a tutor can open in one click. */
export function createPipelineExample(now: Date = new Date()): { name: string; data: PipelineData } {
  const data = createEmptyPipeline();
  const counts = [200, 80, 30, 24, 16, 12];
  data.stages = data.stages.map((stage, i) => ({ ...stage, count: counts[i] ?? 0 }));
  data.stages[3] = { ...data.stages[3]!, probability: 45 };
  data.context = {
    organisation: 'Northpoint Office Supplies Ltd (fictional case study)',
    system: 'HubSpot CRM (free edition), updated after every call',
    periodStart: daysFrom(now, -91),
    periodEnd: daysFrom(now, -1),
  };
  data.bottleneckAction =
    'Only 37.5 % of prospects agree to a meeting. I will open every first call with a short insight about their office costs, offer two meeting times in a joint diary, and follow up within 48 hours by email with a case study. I will check the ratio again at the end of next month.';
  data.ratioUse =
    'Lead to customer (6 %, 1 in 16.7) tells me how many new leads I need each month for my target, so I plan my prospecting time from it. Comparing ratios for leads from LinkedIn, referrals and trade shows shows which outreach gives the best return, so I target the segments that convert. Watching the stage-to-stage ratios each month shows where the funnel leaks, and I test one change at a time (a new opening question, a different follow-up email) and measure the ratio again.';
  data.planner = {
    targetKind: 'revenue',
    targetCustomers: null,
    targetRevenue: 150000,
    averageDealValue: 6000,
    availableHoursPerMonth: 40,
  };
  // Typed by the learner from the CRM and this period's counts, each with its source.
  data.velocity = {
    opportunities: { value: 5, source: 'HubSpot: open deals today (the five open prospects below)' },
    averageDealValue: { value: 6000, source: 'HubSpot: average value of deals won in the last 12 months' },
    winRatePercent: { value: 15, source: 'This period: 12 customers from 80 prospects' },
    cycleDays: { value: 75, source: 'HubSpot: average days from first contact to won, last 12 months' },
  };
  data.criteria = data.criteria.map((c) => ({ ...c, weight: c.id === 'crit-budget' || c.id === 'crit-need' ? 2 : 1 }));
  data.criteriaConfirmed = true;

  const prospects: ExampleProspect[] = [
    {
      name: 'Kestrel Logistics',
      stageId: 'stage-negotiation',
      value: 18000,
      hoursPerMonth: 10,
      contactFrequency: 'twice-weekly',
      nextAction: 'Agree the delivery schedule with the operations director',
      reviewScores: [[3, 3, 4, 2], [4, 4, 4, 3], [5, 4, 4, 4]],
      moves: [[-80, 'stage-lead'], [-66, 'stage-prospect'], [-50, 'stage-meeting'], [-31, 'stage-proposal'], [-10, 'stage-negotiation']],
      nextActionInDays: 2,
    },
    {
      name: 'Harlow Dental Group',
      stageId: 'stage-proposal',
      value: 12000,
      hoursPerMonth: 8,
      contactFrequency: 'weekly',
      nextAction: 'Send the revised proposal with three-year pricing',
      reviewScores: [[2, 2, 4, 2], [3, 3, 5, 3], [4, 3, 5, 4]],
      moves: [[-70, 'stage-lead'], [-58, 'stage-prospect'], [-40, 'stage-meeting'], [-20, 'stage-proposal']],
      nextActionInDays: 1,
    },
    {
      name: 'Oakfield Primary Academy Trust',
      stageId: 'stage-prospect',
      value: 9000,
      hoursPerMonth: 3,
      contactFrequency: 'fortnightly',
      nextAction: 'Find out who signs off purchasing at trust level',
      reviewScores: [[2, 1, 3, 1], [3, 2, 4, 1], [3, 2, 4, 2]],
      moves: [[-45, 'stage-lead'], [-30, 'stage-prospect']],
      nextActionInDays: 5,
    },
    {
      name: 'Marsh & Daughters Solicitors',
      stageId: 'stage-meeting',
      value: 4500,
      hoursPerMonth: 4,
      contactFrequency: 'fortnightly',
      nextAction: 'Run the needs-analysis meeting with the practice manager',
      reviewScores: [[2, 3, 3, 2], [2, 4, 3, 2], [3, 4, 3, 3]],
      moves: [[-52, 'stage-lead'], [-41, 'stage-prospect'], [-12, 'stage-meeting']],
      nextActionInDays: 6,
    },
    {
      name: 'Brennan Engineering',
      stageId: 'stage-lead',
      value: 6000,
      hoursPerMonth: 1,
      contactFrequency: 'monthly',
      nextAction: 'Qualifying call: confirm budget and timeline',
      reviewScores: [[1, 1, 2, 1], [1, 1, 3, 1], [1, 2, 3, 2]],
      moves: [[-25, 'stage-lead']],
      nextActionInDays: 9,
    },
    {
      name: 'Sunrise Care Homes',
      stageId: 'stage-customer',
      value: 7500,
      hoursPerMonth: 2,
      contactFrequency: 'monthly',
      nextAction: 'Handover call with account management; ask for a referral',
      reviewScores: [[4, 4, 5, 4], [5, 5, 5, 5], [5, 5, 5, 5]],
      moves: [[-88, 'stage-lead'], [-80, 'stage-prospect'], [-70, 'stage-meeting'], [-55, 'stage-proposal'], [-40, 'stage-negotiation'], [-27, 'stage-customer']],
      nextActionInDays: 4,
    },
  ];

  data.prospects = prospects.map(({ reviewScores, moves, nextActionInDays, ...p }, i) => ({
    ...p,
    id: `example-prospect-${i + 1}`,
    scores: bant(reviewScores[2]),
    nextActionDate: daysFrom(now, nextActionInDays),
    stageHistory: moves.map(([days, stageId]) => ({ date: daysFrom(now, days), stageId })),
  }));

  const reviewDays = [-42, -21, -3];
  const notes = [
    'Monthly pipeline review with my line manager, using the CRM pipeline report.',
    'Monthly review: Kestrel budget confirmed; Harlow need confirmed by the practice owner.',
    'Monthly review: Oakfield decision maker still unclear; Brennan stays low priority.',
  ];
  const stageAt = (p: ExampleProspect, days: number) => [...p.moves].reverse().find(([d]) => d <= days)?.[1] ?? p.stageId;
  data.reviews = reviewDays.map(
    (days, r): Review => ({
      id: `example-review-${r + 1}`,
      date: daysFrom(now, days),
      note: notes[r] ?? '',
      entries: prospects
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.moves[0]![0] <= days)
        .map(({ p, i }) => ({ prospectId: `example-prospect-${i + 1}`, stageId: stageAt(p, days), scores: bant(p.reviewScores[r]!) })),
    }),
  );

  return { name: 'Worked example: Northpoint Office Supplies', data };
}
