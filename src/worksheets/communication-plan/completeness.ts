import type { ChecklistItem } from '../../lib/evidence-types';
import { listInWords } from '../../lib/text-list';
import { fieldProblems } from './calculations';
import { RULE_SOURCES, type RuleId } from './guidance';
import { BARRIER_LEVEL_LABELS } from './labels';
import {
  BARRIER_LEVELS,
  chosenAudience,
  hasText,
  isEvaluated,
  isExplainedBarrier,
  isPlannedActivity,
  isSpecifiedAction,
  type CommunicationPlanData,
} from './model';
import { preferenceProfile } from './self-rating';

/**
 * The assessor guidance of L3B1 as checklist rules, one per sentence it sets (guidance.ts
 * RULE_SOURCES quotes each). Nothing here goes beyond the guidance: the good practice the toolkit
 * suggests is in good-practice.ts and never blocks "complete".
 */

/** A rule met in the sections named (ids of meta.sections; the first is where an unmet rule links to). */
const rule = (id: RuleId, label: string, sections: string[], missing: string[]): ChecklistItem => {
  const source = `${RULE_SOURCES[id].where}: “${RULE_SOURCES[id].quote}”`;
  return missing.length === 0 ? { label, isMet: true, sections, source } : { label, isMet: false, detail: missing.join(' '), sections, source };
};

const counted = (count: number, needed: number, what: string) => (count >= needed ? [] : [`${count} ${what} (at least ${needed} needed).`]);

/** The assessor's minimums for L3B1 2.2, 2.3 and 3.1–3.3, each as a rule that is met or not yet. */
export function communicationPlanCompleteness(data: CommunicationPlanData): ChecklistItem[] {
  const problems = fieldProblems(data);
  const evaluated = data.audiences.filter((a, index) => isEvaluated(a) && !problems[`audiences.${index}.name`]);
  const approached = evaluated.filter((a) => hasText(a.approach));
  const chosen = chosenAudience(data);
  const isChosenEvaluated = chosen !== undefined && evaluated.includes(chosen);
  const planned = data.activities.filter(isPlannedActivity).length;
  const profile = preferenceProfile(data.preferences.ratings);
  const actions = data.actions.filter(isSpecifiedAction);
  const forColleagues = actions.some((a) => a.audience === 'colleagues' || a.audience === 'both');
  const forCustomers = actions.some((a) => a.audience === 'customers' || a.audience === 'both');
  const barriers = data.barriers.filter(isExplainedBarrier);
  const missingLevels = BARRIER_LEVELS.filter((level) => !barriers.some((b) => b.level === level));

  return [
    rule('organisation', 'Whose audiences these are: your own organisation’s, or a case study’s (AC 3.1)', ['organisation'], [
      ...(hasText(data.organisation.name) ? [] : ['Name the organisation.']),
      ...(data.organisation.kind ? [] : ['Say whether it is your own organisation or a case study.']),
    ]),
    rule('audiences', 'At least two types of target audience evaluated: who they are, their needs, the channels they prefer, and the legal and organisational factors (AC 3.1)', ['audiences'], [
      ...counted(evaluated.length, 2, 'audiences with every factor written: who they are, needs, channel preferences, legal factors and organisational factors, each with a name of its own'),
    ]),
    rule('approach', 'How you would approach the audiences differently (AC 3.1)', ['audiences'], [
      ...counted(approached.length, 2, 'evaluated audiences with your approach to them'),
      ...(hasText(data.differences) ? [] : ['Compare your approaches: say what you would do differently for each audience.']),
    ]),
    rule('chosen', 'One of the audiences you evaluated chosen for the plan (AC 3.2)', ['plan'], [
      ...(chosen ? [] : [problems['plan.audienceId'] ?? 'Choose the audience your plan is for.']),
      ...(chosen && !isChosenEvaluated ? [`Finish evaluating “${chosen.name.trim()}” in the target audiences section.`] : []),
    ]),
    rule('activities', 'At least three communication activities in the plan, each with a date, a channel and a message (AC 3.2)', ['plan'], [
      ...counted(planned, 3, 'activities with a date, a channel and a message'),
    ]),
    rule('preferences', 'Your own communication preferences analysed, with areas to improve (AC 3.3)', ['preferences'], [
      ...(profile.rated === profile.total ? [] : [`${profile.rated} of ${profile.total} pairs rated: rate every pair.`]),
      ...(hasText(data.preferences.analysis) ? [] : ['Say what your ratings show about how you communicate.']),
      ...(hasText(data.preferences.improvementAreas) ? [] : ['Name the areas you could improve.']),
    ]),
    rule('actions', 'At least two actions to improve your communications with colleagues and customers (AC 3.3)', ['actions'], [
      ...counted(actions.length, 2, 'actions with what you will do and whom it is for'),
      ...(actions.length === 0 || (forColleagues && forCustomers) ? [] : [`Add an action for your ${forColleagues ? 'customers' : 'colleagues'}: between them, the actions cover colleagues and customers.`]),
    ]),
    rule('barriers', 'At least three barriers to communication explained, with an evaluation of how each could be overcome (AC 2.2, 2.3)', ['barriers'], [
      ...counted(barriers.length, 3, 'barriers with a level, what it is, how it gets in the way and how it could be overcome'),
    ]),
    rule('levels', 'One individual, one team and one organisational barrier among them (AC 2.2, 2.3)', ['barriers'], [
      ...(missingLevels.length ? [`No ${listInWords(missingLevels.map((l) => BARRIER_LEVEL_LABELS[l].toLowerCase()), { conjunction: 'or' })} barrier explained yet.`] : []),
    ]),
  ];
}
