import type { SpreadsheetTable } from '../../lib/evidence-types';
import { concernFrequencies, prospectName, readTimes } from './calculations';
import { objectionFamily, OBJECTION_TYPE_LABELS, SOURCE_KIND_SHORT, TECHNIQUE_LABELS } from './labels';
import { hasText, type ObjectionPreparationData } from './model';

/** The worksheet's tables for a spreadsheet, with raw numbers and yyyy-mm-dd dates. */
export function objectionPreparationSpreadsheetTables(data: ObjectionPreparationData): SpreadsheetTable[] {
  const frequencies = concernFrequencies(data);
  const concernName = (id: string) => data.concerns.find((c) => c.id === id)?.concern.trim() ?? '';
  return [
    {
      title: 'Expected objections',
      columns: ['Prospect', 'Meeting date', 'Kind', 'Standard or non-standard', 'The objection', 'Underlying concern', 'Prepared response'],
      rows: data.prospects.flatMap((p) =>
        p.objections
          .filter((o) => hasText(o.wording) || hasText(o.concern) || hasText(o.response))
          .map((o) => [prospectName(data.prospects, p.id), p.meetingDate, o.type ? OBJECTION_TYPE_LABELS[o.type] : '', objectionFamily(o.type), o.wording.trim(), o.concern.trim(), o.response.trim()]),
      ),
    },
    {
      title: 'Previous objections',
      columns: ['The objection', 'From', 'Times', 'Common underlying concern'],
      rows: data.previous
        .filter((p) => hasText(p.said))
        .map((p) => {
          const times = readTimes(p.times);
          return [p.said.trim(), data.sources.find((s) => s.id === p.sourceId)?.who.trim() ?? '', times.ok ? times.value : null, concernName(p.concernId)];
        }),
    },
    {
      title: 'Common concerns',
      columns: ['Rank', 'Common underlying concern', 'Times it came up', 'Share of all times (%)', 'Previous objections grouped', 'Prepared response'],
      rows: frequencies.rows.map((r) => [r.rank, r.concern.concern.trim(), r.times, Math.round(r.share * 1000) / 10, r.objections, r.concern.response.trim()]),
    },
    {
      title: 'Sources',
      columns: ['Source', 'Who or what', 'Date', 'What it showed'],
      rows: data.sources.filter((s) => hasText(s.who)).map((s) => [s.kind ? SOURCE_KIND_SHORT[s.kind] : '', s.who.trim(), s.date, s.learned.trim()]),
    },
    {
      title: 'Positive mindset techniques',
      columns: ['Technique', 'Date', 'Before the meeting with', 'What I did', 'How it helped'],
      rows: data.mindset
        .filter((e) => e.technique !== '' || hasText(e.whatIDid))
        .map((e) => [e.technique === 'other' ? e.otherName.trim() : e.technique ? TECHNIQUE_LABELS[e.technique] : '', e.date, prospectName(data.prospects, e.prospectId), e.whatIDid.trim(), e.howItHelped.trim()]),
    },
  ];
}
