/**
 * The communication plan's tables for a spreadsheet: the audiences, the plan's activities in date
 * order (yyyy-mm-dd, so a spreadsheet sorts and charts them), the self-rating as numbers, the
 * actions and the barriers.
 */
import { isIsoDate } from '../../lib/dates';
import type { SpreadsheetTable } from '../../lib/evidence-types';
import { timeline } from './calculations';
import { actionAudienceLabel, levelLabel } from './labels';
import { chosenAudience, hasText, type CommunicationPlanData } from './model';
import { PREFERENCE_SCALES, ratingLabel } from './self-rating';

const dateCell = (iso: string) => (isIsoDate(iso) ? iso : null);

export function communicationPlanSpreadsheetTables(data: CommunicationPlanData): SpreadsheetTable[] {
  const chosen = chosenAudience(data);
  return [
    {
      title: 'Target audiences',
      columns: ['Audience', 'Who they are', 'What they need', 'Channel preferences', 'Legal factors', 'Organisational factors', 'Approach', 'Chosen for the plan'],
      rows: data.audiences
        .filter((a) => [a.name, a.who, a.needs, a.channels, a.legal, a.organisational, a.approach].some(hasText))
        .map((a) => [a.name.trim(), a.who.trim(), a.needs.trim(), a.channels.trim(), a.legal.trim(), a.organisational.trim(), a.approach.trim(), a === chosen ? 'Yes' : 'No']),
    },
    {
      title: 'Communication plan timeline',
      columns: ['Date', 'Channel', 'Message', 'Owner', 'How success is measured', 'Activity number as entered'],
      rows: timeline(data.activities).map(({ activity, number }) => [
        dateCell(activity.date),
        activity.channel.trim(),
        activity.message.trim(),
        activity.owner.trim(),
        activity.measure.trim(),
        number,
      ]),
    },
    {
      title: 'Communication preferences self-rating',
      columns: ['One way (1)', 'The other way (5)', 'Rating (1–5)', 'Which way I lean'],
      rows: PREFERENCE_SCALES.map((scale, index) => {
        const rating = data.preferences.ratings[index] ?? null;
        return [scale.first, scale.second, rating, ratingLabel(scale, rating)];
      }),
    },
    {
      title: 'Improvement actions',
      columns: ['Action', 'With', 'By when', 'How I will know it has worked'],
      rows: data.actions
        .filter((a) => [a.action, a.measure, a.byWhen].some(hasText) || a.audience !== '')
        .map((a) => [a.action.trim(), actionAudienceLabel(a.audience), dateCell(a.byWhen), a.measure.trim()]),
    },
    {
      title: 'Barriers',
      columns: ['Level', 'Barrier', 'How it gets in the way', 'How it could be overcome'],
      rows: data.barriers
        .filter((b) => [b.barrier, b.explanation, b.overcome].some(hasText))
        .map((b) => [levelLabel(b.level), b.barrier.trim(), b.explanation.trim(), b.overcome.trim()]),
    },
  ];
}
