import { isIsoDate } from '../../lib/dates';
import { hasText, isPlannedActivity, isSpecifiedAction, type CommunicationPlanData } from './model';

/**
 * Good practice the toolkit suggests beyond the specification's minimum. Shown beside the section
 * it concerns, labelled as good practice; never part of the checklist, so it never blocks
 * "complete".
 */
export type GoodPractice = { label: string; isMet: boolean; section: 'plan' | 'actions' };

export function communicationPlanGoodPractice(data: Pick<CommunicationPlanData, 'plan' | 'activities' | 'actions'>): GoodPractice[] {
  const planned = data.activities.filter(isPlannedActivity);
  const actions = data.actions.filter(isSpecifiedAction);
  return [
    { label: 'The plan says what it is for', isMet: hasText(data.plan.aim), section: 'plan' },
    {
      label: 'Every planned activity has an owner and a way to measure its success',
      isMet: planned.length > 0 && planned.every((a) => hasText(a.owner) && hasText(a.measure)),
      section: 'plan',
    },
    {
      label: 'Every action has a date to do it by and a way to know it has worked',
      isMet: actions.length > 0 && actions.every((a) => isIsoDate(a.byWhen) && hasText(a.measure)),
      section: 'actions',
    },
  ];
}
