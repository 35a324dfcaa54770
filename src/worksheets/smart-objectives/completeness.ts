import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { checkObjective, LETTER_NAMES, type LetterFeedback } from './checks';
import { CONTEXT_CONFIG } from './guidance';
import { developmentNeeds, hasText, isStarted, type ContextId, type Objective, type SmartData } from './model';
import { addMonths, daysBetween, formatDate, isIsoDate } from '../../lib/dates';
import { achievingReview, datedReviews, reviewCadence } from './calculations';
import { listInWords } from '../../lib/text-list';
import { smartObjectivesMeta } from './meta';

const rule = (label: string, isMet: boolean, detail?: string): ChecklistItem =>
  isMet || !detail ? { label, isMet } : { label, isMet, detail };

/** Puts rules in the sections (WorksheetMeta.sections ids) where the learner meets them. */
const placed = (sections: readonly string[], ...items: ChecklistItem[]): ChecklistItem[] => items.map((item) => ({ ...item, sections }));

const missing = (pairs: Array<[string, boolean]>) => pairs.filter(([, ok]) => !ok).map(([name]) => name);

/** The objectives the learner has started, numbered as on the page. */
export function startedObjectives(data: SmartData): Array<{ objective: Objective; number: number }> {
  return data.objectives.map((objective, i) => ({ objective, number: i + 1 })).filter(({ objective }) => isStarted(objective));
}

const perObjective = (
  label: string,
  data: SmartData,
  test: (objective: Objective) => string | null,
): ChecklistItem => {
  const started = startedObjectives(data);
  if (started.length === 0) return { label, isMet: false, detail: 'No objectives written yet.' };
  const failures = started
    .map(({ objective, number }) => {
      const problem = test(objective);
      return problem ? `Objective ${number}: ${problem}` : null;
    })
    .filter((x): x is string => x !== null);
  return rule(label, failures.length === 0, failures.slice(0, 4).join(' ') + (failures.length > 4 ? ` And ${failures.length - 4} more.` : ''));
};

const lettersNotMet = (checks: LetterFeedback[]) =>
  checks.filter((c) => c.status !== 'smart').map((c) => LETTER_NAMES[c.letter].toLowerCase());

function selfAssessmentRules(data: SmartData): ChecklistItem[] {
  const { selfAssessment } = data;
  const described = selfAssessment.criteria.filter((c) => hasText(c.criterion));
  const scored = described.filter((c) => c.score !== null);
  const source = CONTEXT_CONFIG['development-plan'].source;
  return placed(
    ['background'],
    specRule(
      rule(
        'A named source of information for your criteria (e.g. job description, competence framework)',
        hasText(selfAssessment.source),
        'Name the source you used to choose your criteria.',
      ),
      source,
    ),
    specRule(
      rule(
        'Self-assessment against at least six criteria, each scored (AC 2.1)',
        scored.length >= 6 && scored.length === described.length,
        `${scored.length} of ${described.length} criteria scored (at least 6 needed, all scored).`,
      ),
      source,
    ),
    specRule(
      rule(
        'Strengths and development needs drawn from the self-assessment (AC 2.1)',
        hasText(selfAssessment.strengths) && hasText(selfAssessment.needs),
        `Write your ${listInWords(missing([['strengths', hasText(selfAssessment.strengths)], ['development needs', hasText(selfAssessment.needs)]]))}.`,
      ),
      source,
    ),
  );
}

/** The rules met in the progress reviews (where the plan's start date is too), and in the plan's update. */
function reviewRules(data: SmartData, context: ContextId, today: string): ChecklistItem[] {
  const config = CONTEXT_CONFIG[context];
  const eachReviewed = perObjective('Every objective has a dated progress review with progress, evidence and a next step', data, (o) => {
    const reviews = datedReviews(o);
    if (reviews.length === 0) return 'no dated review yet.';
    const incomplete = reviews.filter((r) => !hasText(r.evidence) || !hasText(r.nextStep)).length;
    return incomplete ? `${incomplete} review${incomplete > 1 ? 's' : ''} without evidence or a next step.` : null;
  });
  const rules: ChecklistItem[] = [
    config.isEachReviewRequired
      ? specRule(eachReviewed, config.source)
      : goodPracticeRule(
          eachReviewed,
          context === 'motivation-plan'
            ? 'L3S1 asks for the plan to be updated when at least one objective is reviewed and achieved; reviewing every objective shows the plan was implemented'
            : `${config.unit.code} asks you to explain how to write the objectives; reviewing each one shows whether it was met`,
        ),
  ];
  if (config.reviewRule === 'weekly') {
    const cadence = reviewCadence(data, today);
    const problems: string[] = [];
    if (!isIsoDate(data.planStart)) problems.push('Add the date the plan started.');
    if (cadence.spanDays < 56) problems.push(`Reviews cover ${cadence.weeksCovered} of the 8 weeks needed.`);
    for (const gap of cadence.longGaps.slice(0, 3)) problems.push(`No review for ${gap.days} days (${formatDate(gap.from)} to ${formatDate(gap.to)}).`);
    if (cadence.futureDates.length) problems.push(`${cadence.futureDates.length} review date${cadence.futureDates.length > 1 ? 's are' : ' is'} in the future.`);
    rules.push(specRule(rule('Reviewed at least weekly over at least eight weeks from the plan start (AC 2.3, 2.4)', cadence.isMet, problems.join(' ')), config.source));
  }
  if (config.reviewRule === 'achieved') {
    const achieved = startedObjectives(data)
      .map(({ objective, number }) => ({ number, review: achievingReview(objective) }))
      .filter((x) => x.review !== undefined);
    // A calendar month, as the stress tracker counts one: from 31 January, 28 February onwards.
    const monthOn = isIsoDate(data.planStart) ? addMonths(data.planStart, 1) : null;
    const afterMonth = achieved.filter(({ review }) => monthOn !== null && isIsoDate(review!.date) && daysBetween(monthOn, review!.date) >= 0);
    const detail = achieved.length === 0
      ? 'No review yet shows an objective’s target reached.'
      : monthOn === null
        ? 'Add the date the plan started, so the month can be counted.'
        : `The target was reached less than a calendar month after the plan started; the unit expects at least a month: a review on or after ${formatDate(monthOn)}.`;
    rules.push(specRule(rule('At least one objective reviewed and achieved, at least a calendar month after the start (AC 2.2, 2.3)', afterMonth.length > 0, detail), config.source));
  }
  if (!config.showDevelopmentParts) return placed(['reviews'], ...rules);
  return [
    ...placed(['reviews'], ...rules),
    ...placed(
      ['plan-update'],
      specRule(
        rule(
          `A review of progress and what you updated in the plan (AC ${context === 'development-plan' ? '2.4' : '2.3'})`,
          hasText(data.planUpdate),
          'Say what the reviews showed and what you changed in the plan.',
        ),
        config.source,
      ),
    ),
  ];
}

/** The assessor's minimums for the chosen context, each met or not yet with what is missing. */
export function smartCompleteness(data: SmartData, today: string): ChecklistItem[] {
  const context = data.context;
  if (context === '') {
    // Every section waits on this choice: until it is made, no section has rules of its own.
    return placed(
      smartObjectivesMeta.sections.map((section) => section.id),
      {
        label: 'Choose what your objectives are for',
        isMet: false,
        detail: 'Pick one of the four contexts: it decides what every section asks for.',
        source: 'The unit this document evidences (L3C4, L3S3, L3S1 or L4C2) decides which assessor guidance applies',
      },
    );
  }
  const config = CONTEXT_CONFIG[context];
  const count = startedObjectives(data).length;
  const rules: ChecklistItem[] = [];

  if (context === 'sales-targets') {
    rules.push(
      // The role is asked with the context, the team's targets with the context's own part: a rule
      // each, so the context's page can be completed on that page.
      ...placed(['context'], rule('Your sales role stated', hasText(data.role), 'Add your role, so the criteria can be judged against it.')),
      ...placed(['background'], rule('Your team’s targets stated', hasText(data.salesTargets.teamTargets), 'Add the team targets your targets link to.')),
      ...placed(['background'], rule('How you set personal sales targets explained, using SMART and linked to team targets (AC 1.1)', hasText(data.salesTargets.howSet), 'Explain how you set your targets.')),
    );
  }
  if (context === 'development-plan') {
    rules.push(...placed(['context'], rule('Your sales role stated', hasText(data.role), 'Add your role, so the criteria can be judged against it.')));
    rules.push(...selfAssessmentRules(data));
  }
  if (context === 'motivation-plan') {
    const { motivation } = data;
    const theoryNamed = motivation.theory !== '' && (motivation.theory !== 'other' || hasText(motivation.otherTheory));
    rules.push(
      ...placed(
        ['background'],
        rule(
          'The motivation theory you used, and why you used it that way (AC 2.1)',
          theoryNamed && hasText(motivation.whyChosen) && hasText(motivation.mainMotivator),
          `Add ${listInWords(missing([['the theory', theoryNamed], ['what motivates you most', hasText(motivation.mainMotivator)], ['why you used it', hasText(motivation.whyChosen)]]))}.`,
        ),
      ),
    );
  }
  if (context === 'presentation') {
    const { presentation } = data;
    rules.push(
      ...placed(
        ['background'],
        rule(
          'The customer, their needs and the presentation date',
          hasText(presentation.customer) && hasText(presentation.customerNeeds) && isIsoDate(presentation.date),
          `Add ${listInWords(missing([['the customer', hasText(presentation.customer)], ['their needs', hasText(presentation.customerNeeds)], ['the date', isIsoDate(presentation.date)]]))}.`,
        ),
        rule('How to write objectives that meet the customer’s needs and interests explained (AC 1.3)', hasText(presentation.howWritten), 'Explain how you wrote the objectives.'),
      ),
    );
  }

  rules.push(
    ...placed(
      ['objectives'],
      rule(
        `At least ${config.minObjectives} objectives written`,
        count >= config.minObjectives,
        `${count} written (at least ${config.minObjectives} needed).`,
      ),
      smartRule(
        perObjective('Every objective passes all five SMART checks', data, (o) => {
          const failing = lettersNotMet(checkObjective(o, context, today, developmentNeeds(data.selfAssessment.criteria)));
          return failing.length ? `${listInWords(failing)} still to do.` : null;
        }),
        context,
      ),
    ),
  );
  if (config.requireDevelopmentParts) {
    rules.push(
      ...placed(
        ['development'],
        perObjective('Every objective has its opportunity, methods, support and resources, and measure of success (AC 2.2)', data, (o) => {
          const { opportunity, methods, support, successMeasure } = o.development;
          const gaps = missing([['opportunity', hasText(opportunity)], ['methods', hasText(methods)], ['support and resources', hasText(support)], ['measure of success', hasText(successMeasure)]]);
          return gaps.length ? `add the ${listInWords(gaps)}.` : null;
        }),
      ),
    );
  }
  rules.push(...reviewRules(data, context, today));
  // Every other rule of the context comes from its unit's assessor guidance.
  return rules.map((item) => (item.source ? item : specRule(item, config.source)));
}

/** All five letters: the spec's rule where the unit asks for SMART objectives, good practice for L3S1. */
function smartRule(item: ChecklistItem, context: ContextId): ChecklistItem {
  const config = CONTEXT_CONFIG[context];
  return config.isSmartRequired
    ? specRule(item, config.source)
    : goodPracticeRule(item, 'L3S1 asks for at least three personal development objectives, not SMART ones; SMART objectives are easier to review and show achieved');
}
