import { dateOrNotGiven } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { observerDetailRows, observerSignOffRows } from '../../lib/observer';
import { goodPracticeBlocks } from '../../lib/good-practice';
import { acHeading as headingFor, tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { concernFrequencies, frequencyText, prospectName, readTimes } from './calculations';
import { chartMax, concernChartRows } from './chart-data';
import { objectionPreparationGoodPractice } from './completeness';
import { objectionFamily, OBJECTION_TYPE_LABELS, SOURCE_KIND_SHORT, TECHNIQUE_LABELS } from './labels';
import { hasText, type MindsetEntry, type ObjectionPreparationData } from './model';
import { objectionPreparationMeta } from './meta';


/** "AC 2.1 Prepare to deal with potential customer objections": the section's AC in the spec's words. */
const acHeading = (title: string, codes: string[]) => headingFor(objectionPreparationMeta.criteria, title, codes);

const techniqueName = (entry: MindsetEntry) => (entry.technique === 'other' ? orNotGiven(entry.otherName) : entry.technique ? TECHNIQUE_LABELS[entry.technique] : 'Not chosen');

/** The worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function objectionPreparationEvidenceBlocks(data: ObjectionPreparationData): PdfBlock[] {
  return [...preparationBlocks(data), ...reviewBlocks(data), ...mindsetBlocks(data), ...observationBlocks(data), ...goodPracticeBlocks(objectionPreparationGoodPractice(data))];
}

function preparationBlocks(data: ObjectionPreparationData): PdfBlock[] {
  const blocks: PdfBlock[] = [
    acHeading('Prospects and the objections expected', ['2.1']),
    { kind: 'fields', rows: [{ label: 'Organisation', value: orNotGiven(data.organisation) }, { label: 'Products or services', value: orNotGiven(data.offer) }] },
  ];
  const prospects = data.prospects.filter((p) => hasText(p.name) || hasText(p.known));
  if (!prospects.length) blocks.push({ kind: 'paragraph', text: 'No prospect entered yet.' });
  for (const prospect of prospects) {
    const name = prospectName(data.prospects, prospect.id);
    blocks.push(
      {
        kind: 'fields',
        rows: [
          { label: 'Prospect', value: name },
          { label: 'Who you will meet', value: orNotGiven(prospect.contact) },
          { label: 'Meeting date', value: dateOrNotGiven(prospect.meetingDate) },
          { label: 'The meeting', value: orNotGiven(prospect.meetingPurpose) },
          { label: 'What is known of them', value: orNotGiven(prospect.known) },
        ],
      },
      tableOr(`No objections prepared for ${name} yet.`, {
        caption: `Objections expected from ${name}`,
        columns: ['Kind', 'The objection', 'Underlying concern', 'Prepared response'],
        columnWidths: [1.2, 2, 2, 3],
        rows: prospect.objections
          .filter((o) => hasText(o.wording) || hasText(o.concern) || hasText(o.response))
          .map((o) => [o.type ? `${OBJECTION_TYPE_LABELS[o.type]} (${objectionFamily(o.type).toLowerCase()})` : 'Not chosen', orNotGiven(o.wording), orNotGiven(o.concern), orNotGiven(o.response)]),
      }),
    );
  }
  return blocks;
}

function reviewBlocks(data: ObjectionPreparationData): PdfBlock[] {
  const frequencies = concernFrequencies(data);
  const sourceName = (id: string) => {
    const source = data.sources.find((s) => s.id === id);
    return source ? orNotGiven(source.who) : 'Not given';
  };
  const concernName = (id: string) => data.concerns.find((c) => c.id === id && hasText(c.concern))?.concern.trim() ?? 'Not grouped';
  const rows = concernChartRows(data);
  return [
    acHeading('Review of previous customer objections', ['2.2']),
    tableOr('No colleague consulted or records reviewed yet.', {
      caption: 'Colleagues consulted and records reviewed',
      columns: ['Source', 'Who or what', 'Date', 'What it showed'],
      columnWidths: [1, 2, 1, 3],
      rows: data.sources.filter((s) => hasText(s.who)).map((s) => [s.kind ? SOURCE_KIND_SHORT[s.kind] : 'Not given', s.who.trim(), dateOrNotGiven(s.date), orNotGiven(s.learned)]),
    }),
    tableOr('No previous objections recorded yet.', {
      caption: 'Objections from previous sales conversations',
      columns: ['The objection', 'From', 'Times', 'Common underlying concern'],
      columnWidths: [3, 2, 0.8, 2],
      rows: data.previous
        .filter((p) => hasText(p.said))
        .map((p) => {
          const times = readTimes(p.times);
          return [p.said.trim(), sourceName(p.sourceId), times.ok ? String(times.value) : `Not counted: ${orNotGiven(p.times)}`, concernName(p.concernId)];
        }),
    }),
    tableOr('No common concerns named yet.', {
      caption: 'Common underlying concerns, most frequent first, with the response prepared',
      columns: ['Rank', 'Common underlying concern', 'Times it came up', 'Prepared response'],
      columnWidths: [0.6, 2, 1.5, 3.7],
      rows: frequencies.rows.map((r) => [String(r.rank), r.concern.concern.trim(), frequencyText(r, frequencies.total), orNotGiven(r.concern.response)]),
    }),
    ...(rows.length ? [{ kind: 'barChart', caption: 'How often each common concern came up in previous sales conversations', valueLabel: 'Times', maxValue: chartMax(rows), rows } satisfies PdfBlock] : []),
    { kind: 'fields', rows: [{ label: 'What the review showed', value: orNotGiven(data.reviewFindings) }] },
  ];
}

function mindsetBlocks(data: ObjectionPreparationData): PdfBlock[] {
  return [
    acHeading('A positive mindset before the meetings', ['2.3']),
    tableOr('No technique recorded yet.', {
      caption: 'Techniques used to create a positive mindset',
      columns: ['Technique', 'Date', 'Before the meeting with', 'What I did', 'How it helped'],
      columnWidths: [1.4, 1, 1.4, 3, 3],
      rows: data.mindset
        .filter((e) => e.technique !== '' || hasText(e.whatIDid))
        .map((e) => [techniqueName(e), dateOrNotGiven(e.date), prospectName(data.prospects, e.prospectId) || 'Not given', orNotGiven(e.whatIDid), orNotGiven(e.howItHelped)]),
    }),
  ];
}

function observationBlocks(data: ObjectionPreparationData): PdfBlock[] {
  const blocks: PdfBlock[] = [acHeading('Observation records of the sales meetings', ['3.1', '3.2', '3.3', '3.4'])];
  if (!data.observations.length) blocks.push({ kind: 'paragraph', text: 'No observed meeting recorded yet.' });
  data.observations.forEach((o, index) => {
    blocks.push(
      { kind: 'paragraph', text: `Observation record ${index + 1}: ${prospectName(data.prospects, o.prospectId) || 'prospect not chosen'}` },
      {
        kind: 'fields',
        rows: [
          ...observerDetailRows(o),
          { label: 'Open and probing questions used to gain commitment (AC 3.1)', value: orNotGiven(o.questions) },
          { label: 'Objections explored to identify and prioritise concerns (AC 3.2)', value: orNotGiven(o.objectionsExplored) },
          { label: 'Verbal and non-verbal signals and the responses (AC 3.3)', value: orNotGiven(o.signals) },
          { label: 'How overcoming the objections was confirmed with the customer (AC 3.4)', value: orNotGiven(o.overcome) },
          ...observerSignOffRows(o),
        ],
      },
    );
  });
  return blocks;
}

