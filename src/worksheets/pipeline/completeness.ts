import { specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import {
  criteriaProblem,
  datedReviews,
  findBottleneck,
  hasEffortPlanned,
  isNamedProspect,
  namedCriteria,
  NAMED_RATIOS,
  namedRatio,
  periodProblem,
  rankProspects,
  reviewLikelihood,
  stageConversions,
  stageCountProblems,
  stageLabel,
  stageProgress,
} from './calculations';
import { listInWords } from '../../lib/text-list';
import type { PipelineData } from './model';

/**
 * A rule, with the sections (ids in meta.ts) where the learner meets it: every section whose fields
 * it depends on, first the one where it is completed, since an unmet rule links there.
 */
const rule = (label: string, isMet: boolean, detail: string, sections: readonly string[]): ChecklistItem =>
  isMet ? { label, isMet, sections } : { label, isMet, detail, sections };

const firstFew = (names: string[], limit = 4) => listInWords(names, { limit });

/** Where the rules come from: L3C5's assessor guidance (seed 003, lines 1425–1430). */
const LO2 = 'L3C5 assessor guidance, LO2';
const LO3 = 'L3C5 assessor guidance, LO3';

/** The assessor's minimums for L3C5 2.1–2.3 and 3.2, each as a rule that is met or not yet. */
export function pipelineCompleteness(data: PipelineData): ChecklistItem[] {
  const period = periodProblem(data.context.periodStart, data.context.periodEnd);
  const countProblems = stageCountProblems(data.stages);
  const badCounts = data.stages.map((s, i) => (countProblems[i] ? stageLabel(s, i) : null)).filter((n): n is string => n !== null);
  const unnamedStages = data.stages.some((s) => s.name.trim() === '');
  const countsDetail = [
    data.stages.length < 2 ? 'Add at least two stages.' : null,
    unnamedStages ? 'Name every stage.' : null,
    period,
    badCounts.length ? `Check the count for ${firstFew(badCounts)}.` : null,
  ].filter(Boolean);

  const named = NAMED_RATIOS.map((r) => ({ title: r.title, ratio: namedRatio(data, r.from) }));
  const failedNamed = named.filter((n) => !n.ratio.ok);

  const conversions = stageConversions(data);
  const failedSteps = conversions.filter((c) => c.toNext && !c.toNext.ok).map((c) => c.name);
  const bottleneck = findBottleneck(data);
  const hasAction = data.bottleneckAction.trim() !== '';
  const bottleneckDetail = [
    failedSteps.length ? `The conversion from ${firstFew(failedSteps)} to the next stage cannot be calculated yet.` : null,
    !bottleneck.ok && failedSteps.length === 0 ? bottleneck.reason : null,
    hasAction ? null : 'Say what you will do about the bottleneck.',
  ].filter(Boolean);

  const criteria = namedCriteria(data.criteria);
  const weightsProblem = criteriaProblem(data.criteria);

  const reviews = datedReviews(data).filter((r) => r.entries.some((e) => reviewLikelihood(e, data.criteria, false).ok));
  const reviewDates = new Set(reviews.map((r) => r.date));

  const prospects = data.prospects.filter(isNamedProspect);
  const { ranked, notRanked } = rankProspects(data);
  const stillOpen = notRanked.filter((n) => !n.reason.startsWith('Won'));
  const unplanned = ranked.filter((r) => !hasEffortPlanned(r.prospect)).map((r) => r.prospect.name.trim());
  const prioritiseDetail = [
    ranked.length < 2 ? `${ranked.length} open prospect${ranked.length === 1 ? '' : 's'} ranked (at least 2 needed): each needs a deal value and a score on every criterion.` : null,
    stillOpen.length ? `Not yet ranked: ${firstFew(stillOpen.map((n) => n.prospect.name.trim()))}.` : null,
    unplanned.length ? `Plan the time, contact frequency and next action for ${firstFew(unplanned)}.` : null,
  ].filter(Boolean);

  const progressed = prospects.filter((p) => stageProgress(p, data.stages).isProgressed);

  const criteriaDetail = !data.criteriaConfirmed
    ? 'Choose or confirm your criteria: the BANT criteria are a starting point, and the unit asks for the criteria you use.'
    : criteria.length < 3
      ? `${criteria.length} named (at least 3 needed).`
      : (weightsProblem ?? '');

  return [
    specRule(
      rule('A dated period, with a count at every stage of your pipeline', countsDetail.length === 0 && data.stages.length >= 2, countsDetail.join(' '), ['counts']),
      `${LO2}: calculate conversion rates from your pipeline (the counts they are worked out from)`,
    ),
    specRule(
      rule(
        'Conversion ratios for prospect to customer, lead to customer and proposal to customer (AC 2.1)',
        failedNamed.length === 0,
        failedNamed.map((n) => `${n.title}: ${n.ratio.ok ? '' : n.ratio.reason}`).join(' '),
        ['ratios', 'counts'],
      ),
      `${LO2}: calculate conversion rates for prospect to customer, lead to customer and proposal to customer`,
    ),
    specRule(
      rule(
        'Conversion from each stage to the next, the bottleneck stage named and your action on it (AC 2.1)',
        failedSteps.length === 0 && bottleneck.ok && hasAction,
        bottleneckDetail.join(' '),
        ['ratios', 'counts'],
      ),
      'L3C5 AC 2.1 (conversion ratios for different stages) and its indicative content: the stage with the greatest challenges, and the plan to respond',
    ),
    specRule(
      rule('At least three criteria to evaluate prospects against, chosen or confirmed by you, with weights (AC 2.2)', data.criteriaConfirmed && criteria.length >= 3 && weightsProblem === null, criteriaDetail, ['criteria']),
      `${LO2}: use at least three criteria to evaluate prospects in your pipeline`,
    ),
    specRule(
      rule(
        'Prospects evaluated against the criteria on at least three dated occasions (AC 2.2)',
        reviewDates.size >= 3,
        `${reviewDates.size} dated review${reviewDates.size === 1 ? '' : 's'} with scored prospects (at least 3, on different dates, needed).`,
        // A review records the scores as they stand.
        ['reviews', 'scores'],
      ),
      `${LO2}: evidence that you have evaluated prospects on at least three occasions`,
    ),
    specRule(
      rule(
        'Prospects prioritised by likelihood of conversion, with time and effort planned to match (AC 2.3)',
        prioritiseDetail.length === 0,
        prioritiseDetail.join(' '),
        // Ranked by likelihood from the scores; the time planned to match.
        ['priorities', 'prospects', 'scores'],
      ),
      `${LO2}: prospects prioritised based on the likelihood of conversion to customer, with plans for sales activities that match your time and effort`,
    ),
    specRule(
      rule(
        'Two prospects shown progressed through the stages, with the date of each change (AC 3.2)',
        progressed.length >= 2,
        `${progressed.length} prospect${progressed.length === 1 ? '' : 's'} moved forward at least twice with dates (2 needed).`,
        // Stages and their dates are changed with the prospects; the reviews section lists the progress.
        ['prospects', 'reviews'],
      ),
      `${LO3}: your organisation’s system used to track prospects at all stages, with two prospects progressed through the stages as examples`,
    ),
  ];
}
