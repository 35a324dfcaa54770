import { formatDate } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { organisationRows } from '../../lib/organisation';
import { acHeading as headingFor, tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { prospectName } from './calculations';
import { INTEREST_METHOD_LABELS, LEAD_SOURCE_LABELS, MEETING_FORMAT_LABELS, QUESTION_TYPE_LABELS } from './labels';
import { meetingPreparationMeta } from './meta';
import { hasText, type MeetingPreparationData, type Prospect } from './model';

const dateText = (iso: string) => (iso ? formatDate(iso) : 'Not given');
const chosen = <K extends string>(labels: Record<K, string>, value: K | '') => (value === '' ? 'Not given' : labels[value]);

/** "Interested prospects: AC 2.1 Identify and confirm prospects interest …": the section's AC in the spec's words. */
const acHeading = (title: string, codes: string[]) => headingFor(meetingPreparationMeta.criteria, title, codes);

/** Prospects with anything written, so a blank second row does not print as "Not given" throughout. */
const started = (data: MeetingPreparationData) => data.prospects.filter((p) => hasText(p.name) || hasText(p.contact) || hasText(p.interest));

/** The worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function meetingPreparationEvidenceBlocks(data: MeetingPreparationData): PdfBlock[] {
  const prospects = started(data);
  const name = (p: Prospect) => prospectName(data.prospects, p.id);
  const none = { kind: 'paragraph', text: 'No prospect entered yet.' } satisfies PdfBlock;
  return [
    { kind: 'heading', text: 'Your organisation and what it offers' },
    { kind: 'fields', rows: [...organisationRows(data.organisation), { label: 'Products or services offered', value: orNotGiven(data.offer) }] },

    acHeading('Interested prospects', ['2.1']),
    ...(prospects.length ? [] : [none]),
    ...prospects.map(
      (p): PdfBlock => ({
        kind: 'fields',
        rows: [
          { label: 'Prospect', value: name(p) },
          { label: 'Who you deal with', value: orNotGiven(p.contact) },
          { label: 'Where the lead came from', value: chosen(LEAD_SOURCE_LABELS, p.leadSource) },
          { label: 'How they were identified', value: orNotGiven(p.identified) },
          { label: 'Interest confirmed', value: `${chosen(INTEREST_METHOD_LABELS, p.interestMethod)}, ${dateText(p.interestDate)}` },
          { label: 'What they said or did', value: orNotGiven(p.interest) },
          { label: 'Decision-making unit', value: orNotGiven(p.dmu) },
          { label: 'How access to the buyer was obtained', value: orNotGiven(p.access) },
        ],
      }),
    ),

    acHeading('Sales meetings arranged', ['2.2']),
    tableOr('No meeting arranged yet.', {
      caption: 'The sales meetings',
      columns: ['Prospect', 'Date and time', 'How and where', 'Confirmed how', 'Confirmed on'],
      columnWidths: [1.5, 1.3, 2.5, 2.5, 1.2],
      rows: prospects.map((p) => [
        name(p),
        `${dateText(p.meeting.date)}${p.meeting.time ? `, ${p.meeting.time}` : ''}`,
        `${chosen(MEETING_FORMAT_LABELS, p.meeting.format)}: ${orNotGiven(p.meeting.place)}`,
        orNotGiven(p.meeting.confirmedHow),
        dateText(p.meeting.confirmedDate),
      ]),
    }),

    acHeading('Products and services matched to their needs', ['2.3']),
    ...(prospects.length ? [] : [none]),
    ...prospects.map((p) =>
      tableOr(`No need matched for ${name(p)} yet.`, {
        caption: `${name(p)}: business needs matched to our products and services`,
        columns: ['Business need', 'How we know', 'Product or service, and feature', 'Benefit to them'],
        columnWidths: [2, 1.8, 2, 2],
        rows: p.matches.filter((m) => [m.need, m.evidence, m.offer, m.benefit].some(hasText)).map((m) => [orNotGiven(m.need), orNotGiven(m.evidence), orNotGiven(m.offer), orNotGiven(m.benefit)]),
      }),
    ),

    acHeading('Dialogue frameworks', ['2.4']),
    ...(prospects.length ? [] : [none]),
    // Good practice is in the checklist, marked as such (the shell prints it after the spec's rules).
    ...prospects.flatMap((p) => frameworkBlocks(p, name(p))),
  ];
}

function frameworkBlocks(p: Prospect, name: string): PdfBlock[] {
  const f = p.framework;
  return [
    { kind: 'paragraph', text: `Dialogue framework for the meeting with ${name} on ${dateText(p.meeting.date)}, prepared on ${dateText(f.preparedDate)}` },
    {
      kind: 'fields',
      rows: [
        { label: 'Their individual preferences', value: orNotGiven(f.preferences) },
        { label: 'How this framework is customised to their needs and preferences', value: orNotGiven(f.tailoring) },
        { label: 'Opening', value: orNotGiven(f.opening) },
      ],
    },
    tableOr(`No questions written for ${name} yet.`, {
      caption: `Questions for ${name}`,
      columns: ['Kind', 'Question', 'Why you ask it'],
      columnWidths: [1.2, 3.5, 2.5],
      rows: f.questions.filter((q) => hasText(q.question) || hasText(q.purpose)).map((q) => [chosen(QUESTION_TYPE_LABELS, q.type), orNotGiven(q.question), orNotGiven(q.purpose)]),
    }),
    {
      kind: 'fields',
      rows: [
        { label: 'Presentation points: features and benefit statements', value: orNotGiven(f.presentation) },
        { label: 'Likely objections', value: orNotGiven(f.objections) },
        { label: 'Close', value: orNotGiven(f.close) },
        { label: 'Next step', value: orNotGiven(f.nextStep) },
      ],
    },
  ];
}
