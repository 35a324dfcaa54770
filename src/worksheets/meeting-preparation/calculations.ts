import { formatDate, tryDaysBetween } from '../../lib/dates';
import { rowName } from '../../lib/row-name';
import { isWrittenQuestion, type MeetingPreparationData, type Prospect, type QuestionType } from './model';

/** The prospect's name as lists show it: typed, or "Prospect 2" while not yet named. */
export const prospectName = (prospects: readonly Prospect[], id: string): string => rowName(prospects, id, 'Prospect');

/** True when both are calendar dates and `date` falls after `than`; false while either is missing. */
const isAfter = (date: string, than: string) => (tryDaysBetween(than, date) ?? 0) > 0;

/** A field's path in the form, e.g. "prospects.1.meeting.confirmedDate", and the plain message to show at it. */
export type FieldProblems = Record<string, string>;

/**
 * The dates that cannot be right, each explained at its field: a meeting before the prospect's
 * interest was confirmed, a meeting confirmed after it took place, a framework prepared after the
 * meeting (the guidance: "prepare for them in advance"). Empty when nothing is wrong.
 */
export function fieldProblems(data: Pick<MeetingPreparationData, 'prospects'>): FieldProblems {
  const problems: FieldProblems = {};
  data.prospects.forEach((p, index) => {
    const meeting = p.meeting.date;
    const on = meeting ? formatDate(meeting) : '';
    if (isAfter(p.interestDate, meeting)) {
      problems[`prospects.${index}.meeting.date`] = `This is before their interest was confirmed on ${formatDate(p.interestDate)}: a meeting is arranged once the prospect is interested. Check both dates.`;
    }
    if (isAfter(p.meeting.confirmedDate, meeting)) {
      problems[`prospects.${index}.meeting.confirmedDate`] = `This is after the meeting on ${on}: a meeting is confirmed before it takes place. Check the date.`;
    }
    if (isAfter(p.framework.preparedDate, meeting)) {
      problems[`prospects.${index}.framework.preparedDate`] = `This is after the meeting on ${on}: the guidance asks you to prepare for the meeting in advance. Check the date.`;
    }
  });
  return problems;
}

/** The kinds of question written for a meeting, each once, in the order first written. */
export function questionTypes(prospect: Pick<Prospect, 'framework'>): QuestionType[] {
  const types = prospect.framework.questions.filter(isWrittenQuestion).map((q) => q.type as QuestionType);
  return [...new Set(types)];
}
