import { formatDate, isIsoDate } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { acHeading, tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { entriesByDate, HIGH_FROM } from './calculations';
import { mapPoints } from './chart-data';
import { OTHER_EVIDENCE } from './guidance';
import { CONFIRMER_ROLE_LABELS, EVIDENCE_KIND_LABELS, labelOr, PERSON_KIND_LABELS, QUADRANT_LABELS, RELATIONSHIP_STATE_LABELS } from './labels';
import { relationshipLogMeta } from './meta';
import { hasText, personName, type Challenge, type Person, type Relationship, type RelationshipLogData } from './model';
import { witnessBlocks } from './witness';

/** A section's heading with the AC it evidences, in the spec's words (from meta, read from the unit). */
const sectionHeading = (title: string, codes: readonly string[]) => acHeading(relationshipLogMeta.criteria, title, codes);

const dateOr = (iso: string, none: string) => (isIsoDate(iso) ? formatDate(iso) : none);

const hasAnything = (p: Person) => [p.name, p.role, p.needs, p.expectations, p.example].some(hasText);

/** Who a person is: "Colleague in my sales team: sales operations coordinator". */
const whoTheyAre = (p: Person) => [p.kind ? PERSON_KIND_LABELS[p.kind] : '', p.role.trim()].filter(Boolean).join(': ') || 'Not given';

function relationshipBlocks(data: RelationshipLogData, r: Relationship, index: number): PdfBlock[] {
  const person = data.people.find((p) => p.id === r.personId);
  const entries = entriesByDate(r.entries).filter((e) => [e.date, e.whatIDid, e.evidence, e.outcome].some(hasText) || e.kind !== '');
  return [
    {
      kind: 'fields',
      rows: [
        { label: `Relationship ${index + 1}`, value: person ? `${personName(data.people, person.id)} (${whoTheyAre(person)})` : 'No person chosen' },
        { label: 'What each of us needs, and how we aligned it', value: orNotGiven(r.mutualNeeds) },
      ],
    },
    tableOr(`No dated evidence logged for relationship ${index + 1} yet.`, {
      caption: `Dated evidence: what I did to develop the relationship with ${person ? personName(data.people, person.id) : 'this person'}`,
      columns: ['Date', 'What I did', 'Evidence', 'What came of it'],
      columnWidths: [1.5, 2.6, 2.4, 2.4],
      rows: entries.map((e) => [dateOr(e.date, 'No date yet'), orNotGiven(e.whatIDid), `${labelOr(EVIDENCE_KIND_LABELS, e.kind)}: ${orNotGiven(e.evidence)}`, orNotGiven(e.outcome)]),
    }),
  ];
}

function challengeBlocks(data: RelationshipLogData, c: Challenge, index: number, count: number): PdfBlock[] {
  const person = data.people.find((p) => p.id === c.personId);
  const suffix = count > 1 ? ` ${index + 1}` : '';
  return [
    {
      kind: 'fields',
      rows: [
        { label: `Challenge${suffix}: with`, value: person ? `${personName(data.people, person.id)} (${whoTheyAre(person)})` : 'No person chosen' },
        { label: 'When', value: dateOr(c.date, 'Not given') },
        { label: 'What happened', value: orNotGiven(c.situation) },
        { label: 'The actions I took to resolve it', value: orNotGiven(c.actions) },
        { label: 'How it turned out', value: orNotGiven(c.outcome) },
        { label: 'What I learned', value: orNotGiven(c.learned) },
      ],
    },
    ...witnessBlocks(
      `Confirmation that the situation took place${suffix} (AC 2.4)`,
      'I confirm that the situation described above took place, and that the learner took the actions described to resolve it.',
      { name: c.confirmerName, role: c.confirmerRole ? CONFIRMER_ROLE_LABELS[c.confirmerRole] : '', statement: c.confirmerStatement },
    ),
  ];
}

/** The relationship log as PDF blocks, in the order an assessor reads the evidence; each section names its AC in the spec's words. */
export function relationshipLogEvidenceBlocks(data: RelationshipLogData): PdfBlock[] {
  const people = data.people.filter(hasAnything);
  const points = mapPoints(data.people);
  const relationships = data.relationships.filter((r) => r.personId !== '' || hasText(r.mutualNeeds) || r.entries.some((e) => [e.date, e.whatIDid, e.evidence, e.outcome].some(hasText)));
  const challenges = data.challenges.filter((c) => c.personId !== '' || [c.situation, c.actions, c.outcome, c.confirmerName].some(hasText));

  return [
    { kind: 'heading', text: 'My organisation and role' },
    {
      kind: 'fields',
      rows: [
        { label: 'Organisation', value: orNotGiven(data.organisation) },
        { label: 'My role', value: orNotGiven(data.myRole) },
      ],
    },
    { kind: 'heading', text: 'Evidence the assessor needs beyond this log' },
    { kind: 'paragraph', text: OTHER_EVIDENCE.join('\n') },

    sectionHeading('Colleagues and stakeholders, their needs and expectations', ['1.1', '1.2', '2.1']),
    tableOr('No colleague or stakeholder described yet.', {
      caption: 'The colleagues and stakeholders I work with to make sales',
      columns: ['Person', 'Who they are', 'What they need', 'What they expect', 'Example', 'Working with now'],
      columnWidths: [1.2, 1.6, 2.2, 2.2, 2.4, 1.1],
      rows: people.map((p) => [orNotGiven(p.name), whoTheyAre(p), orNotGiven(p.needs), orNotGiven(p.expectations), orNotGiven(p.example), p.isCurrent ? 'Yes' : 'No']),
    }),

    sectionHeading('Stakeholder map: influence against interest', ['2.1']),
    { kind: 'paragraph', text: `Each person rated 1 (low) to 5 (high) for their influence over my sales and their interest in my work; ${HIGH_FROM} to 5 counts as high. The same figures are drawn as a chart on the worksheet.` },
    tableOr('No one rated on the map yet.', {
      caption: 'The stakeholder map as a table',
      columns: ['Person', 'Influence (1–5)', 'Interest (1–5)', 'Where on the map', 'Our relationship now', 'How I communicate with them'],
      columnWidths: [1.3, 0.9, 0.9, 2, 1.6, 2.8],
      rows: points.map((point) => {
        const person = data.people.find((p) => p.id === point.id)!;
        return [point.name, String(point.influence), String(point.interest), QUADRANT_LABELS[point.quadrant], labelOr(RELATIONSHIP_STATE_LABELS, person.relationship), orNotGiven(person.approach)];
      }),
    }),
    { kind: 'fields', rows: [{ label: 'What the map tells me', value: orNotGiven(data.mapSummary) }] },

    sectionHeading('Productive and professional working relationships', ['2.3']),
    ...(relationships.length ? relationships.flatMap((r, i) => relationshipBlocks(data, r, i)) : [{ kind: 'paragraph', text: 'No working relationship logged yet.' } as const]),

    sectionHeading('A relationship challenge resolved', ['2.4']),
    ...(challenges.length ? challenges.flatMap((c, i) => challengeBlocks(data, c, i, challenges.length)) : [{ kind: 'paragraph', text: 'No relationship challenge described yet.' } as const]),
  ];
}
