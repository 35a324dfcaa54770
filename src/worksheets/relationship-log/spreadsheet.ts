/**
 * The relationship log's tables for a spreadsheet: the people with their ratings as numbers (the
 * stakeholder map's figures), every evidence entry with its date as yyyy-mm-dd, and the challenges.
 */
import { isIsoDate } from '../../lib/dates';
import type { SpreadsheetTable } from '../../lib/evidence-types';
import { entriesByDate, isRated, quadrantOf, ratingValue } from './calculations';
import { CONFIRMER_ROLE_LABELS, EVIDENCE_KIND_LABELS, labelOr, PERSON_KIND_LABELS, QUADRANT_LABELS, RELATIONSHIP_STATE_LABELS } from './labels';
import { hasText, personName, type RelationshipLogData } from './model';

const dateCell = (iso: string) => (isIsoDate(iso) ? iso : null);

export function relationshipLogSpreadsheetTables(data: RelationshipLogData): SpreadsheetTable[] {
  return [
    {
      title: 'Colleagues and stakeholders',
      columns: ['Person', 'Kind', 'Role', 'What they need', 'What they expect', 'Example', 'I work with them now', 'Influence (1-5)', 'Interest (1-5)', 'Where on the map', 'Our relationship now', 'How I communicate with them'],
      rows: data.people
        .filter((p) => [p.name, p.role, p.needs, p.expectations, p.example].some(hasText))
        .map((p) => [
          p.name.trim(),
          labelOr(PERSON_KIND_LABELS, p.kind),
          p.role.trim(),
          p.needs.trim(),
          p.expectations.trim(),
          p.example.trim(),
          p.isCurrent ? 'Yes' : 'No',
          ratingValue(p.influence),
          ratingValue(p.interest),
          isRated(p) ? QUADRANT_LABELS[quadrantOf(ratingValue(p.influence)!, ratingValue(p.interest)!)] : null,
          p.relationship ? RELATIONSHIP_STATE_LABELS[p.relationship] : null,
          p.approach.trim(),
        ]),
    },
    {
      title: 'Relationship evidence',
      columns: ['Relationship with', 'Date', 'What I did', 'Kind of evidence', 'Evidence', 'What came of it'],
      rows: data.relationships.flatMap((r) =>
        entriesByDate(r.entries)
          .filter((e) => [e.date, e.whatIDid, e.evidence, e.outcome].some(hasText))
          .map((e) => [personName(data.people, r.personId), dateCell(e.date), e.whatIDid.trim(), labelOr(EVIDENCE_KIND_LABELS, e.kind), e.evidence.trim(), e.outcome.trim()]),
      ),
    },
    {
      title: 'Relationship challenges',
      columns: ['With', 'Date', 'What happened', 'Actions I took', 'How it turned out', 'What I learned', 'Confirmed by', 'Their role'],
      rows: data.challenges
        .filter((c) => c.personId !== '' || [c.situation, c.actions, c.outcome].some(hasText))
        .map((c) => [
          personName(data.people, c.personId),
          dateCell(c.date),
          c.situation.trim(),
          c.actions.trim(),
          c.outcome.trim(),
          c.learned.trim(),
          c.confirmerName.trim(),
          labelOr(CONFIRMER_ROLE_LABELS, c.confirmerRole),
        ]),
    },
  ];
}
