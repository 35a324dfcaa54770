import type { SpreadsheetTable } from '../../lib/evidence-types';
import { prospectName } from './calculations';
import { INTEREST_METHOD_LABELS, LEAD_SOURCE_LABELS, MEETING_FORMAT_LABELS, QUESTION_TYPE_LABELS } from './labels';
import { hasText, type MeetingPreparationData } from './model';

const label = <K extends string>(labels: Record<K, string>, value: K | '') => (value === '' ? '' : labels[value]);

/** The worksheet's tables for a spreadsheet, with yyyy-mm-dd dates. */
export function meetingPreparationSpreadsheetTables(data: MeetingPreparationData): SpreadsheetTable[] {
  const name = (id: string) => prospectName(data.prospects, id);
  return [
    {
      title: 'Prospects and meetings',
      columns: ['Prospect', 'Who you deal with', 'Lead source', 'Interest confirmed by', 'Interest confirmed on', 'Meeting date', 'Meeting time', 'Format', 'Where', 'Confirmed how', 'Confirmed on', 'Framework prepared on'],
      rows: data.prospects
        .filter((p) => hasText(p.name) || hasText(p.contact))
        .map((p) => [
          name(p.id),
          p.contact.trim(),
          label(LEAD_SOURCE_LABELS, p.leadSource),
          label(INTEREST_METHOD_LABELS, p.interestMethod),
          p.interestDate,
          p.meeting.date,
          p.meeting.time,
          label(MEETING_FORMAT_LABELS, p.meeting.format),
          p.meeting.place.trim(),
          p.meeting.confirmedHow.trim(),
          p.meeting.confirmedDate,
          p.framework.preparedDate,
        ]),
    },
    {
      title: 'Needs matched',
      columns: ['Prospect', 'Business need', 'How we know', 'Product or service, and feature', 'Benefit to them'],
      rows: data.prospects.flatMap((p) =>
        p.matches.filter((m) => [m.need, m.evidence, m.offer, m.benefit].some(hasText)).map((m) => [name(p.id), m.need.trim(), m.evidence.trim(), m.offer.trim(), m.benefit.trim()]),
      ),
    },
    {
      title: 'Questions',
      columns: ['Prospect', 'Kind', 'Question', 'Why you ask it'],
      rows: data.prospects.flatMap((p) =>
        p.framework.questions.filter((q) => hasText(q.question) || hasText(q.purpose)).map((q) => [name(p.id), label(QUESTION_TYPE_LABELS, q.type), q.question.trim(), q.purpose.trim()]),
      ),
    },
  ];
}
