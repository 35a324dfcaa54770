import { daysBetween, formatDate, isIsoDate } from '../../lib/dates';
import { hasText, type Activity, type CommunicationPlanData } from './model';

/** An activity in the plan's timeline, with its position as the learner numbered it. */
export type TimelineEntry = { activity: Activity; number: number };

/**
 * The plan's activities in date order, for the timeline: dated ones first, earliest first (same-day
 * ones keep the learner's order), then those with no date yet in the learner's order. Rows with
 * nothing written are left out.
 */
export function timeline(activities: readonly Activity[]): TimelineEntry[] {
  const entries = activities
    .map((activity, index) => ({ activity, number: index + 1 }))
    .filter(({ activity }) => [activity.date, activity.channel, activity.message, activity.owner, activity.measure].some(hasText));
  const dated = entries.filter(({ activity }) => isIsoDate(activity.date));
  const undated = entries.filter(({ activity }) => !isIsoDate(activity.date));
  // Array.prototype.sort is stable, so same-day activities stay in the learner's order.
  return [...dated.sort((a, b) => daysBetween(b.activity.date, a.activity.date)), ...undated];
}

/** How long the dated activities run, e.g. "5 activities from 11 January 2027 to 1 March 2027 (7 weeks)", or null with none dated. */
export function timelineSpan(activities: readonly Activity[]): { first: string; last: string; days: number; sentence: string } | null {
  const dates = timeline(activities)
    .map(({ activity }) => activity.date)
    .filter(isIsoDate);
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return null;
  const days = daysBetween(first, last);
  const weeks = Math.floor(days / 7);
  const length = days === 0 ? 'on one day' : days < 7 ? `over ${days + 1} days` : `over ${weeks} week${weeks === 1 ? '' : 's'}${days % 7 ? ` and ${days % 7} day${days % 7 === 1 ? '' : 's'}` : ''}`;
  const count = `${dates.length} dated activit${dates.length === 1 ? 'y' : 'ies'}`;
  const sentence = days === 0 ? `${count} on ${formatDate(first)}.` : `${count} from ${formatDate(first)} to ${formatDate(last)}, ${length}.`;
  return { first, last, days, sentence };
}

/** A field's path in the form, e.g. "activities.2.date", and the plain message to show at it. */
export type FieldProblems = Record<string, string>;

const NOT_A_DATE = 'This is not a calendar date: choose the day, month and year again.';

/**
 * What is wrong at each field, in plain words: an audience named twice, a plan for an audience no
 * longer in the list, a date that is not a calendar date. Empty when nothing is wrong.
 */
export function fieldProblems(data: Pick<CommunicationPlanData, 'audiences' | 'plan' | 'activities' | 'actions'>): FieldProblems {
  const problems: FieldProblems = {};
  const seen = new Map<string, number>();
  data.audiences.forEach((audience, index) => {
    const key = audience.name.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
    if (!key) return;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, index);
    else problems[`audiences.${index}.name`] = `Audience ${earlier + 1} has this name too: give each audience a name of its own.`;
  });
  if (data.plan.audienceId !== '' && !data.audiences.some((a) => a.id === data.plan.audienceId && hasText(a.name))) {
    problems['plan.audienceId'] = 'The audience you chose is no longer in your list: choose again.';
  }
  data.activities.forEach((activity, index) => {
    if (activity.date !== '' && !isIsoDate(activity.date)) problems[`activities.${index}.date`] = NOT_A_DATE;
  });
  data.actions.forEach((action, index) => {
    if (action.byWhen !== '' && !isIsoDate(action.byWhen)) problems[`actions.${index}.byWhen`] = NOT_A_DATE;
  });
  return problems;
}
