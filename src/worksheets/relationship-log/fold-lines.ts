/**
 * A finished row of the relationship log folded to one line on its section's page (ui/Fold).
 * Null while the row is not finished, so it stays open. "Finished" is what the section's rule
 * counts (completeness.ts, calculations.ts), so a folded row never hides work still to do.
 */
import { formatDate } from '../../lib/dates';
import { shortText } from '../../lib/text-list';
import { isEvidencedEntry, isEvidencedRelationship, isRated } from './calculations';
import { EVIDENCE_KIND_LABELS, RELATIONSHIP_STATE_LABELS } from './labels';
import { hasNeedsAndExpectations, hasText, isColleague, isDescribedColleague, personName, type EvidenceEntry, type Person, type Relationship } from './model';

const KIND_WORDS = { colleague: 'colleague', internal: 'stakeholder inside', external: 'stakeholder outside' } as const;

/** "Priya Nair, account manager (colleague): needs and expectations written." once described as the rules ask. */
export function personLine(person: Person | undefined): string | null {
  if (!person || !(isColleague(person) ? isDescribedColleague(person) : hasNeedsAndExpectations(person))) return null;
  const role = hasText(person.role) ? `, ${shortText(person.role, 30)}` : '';
  return `${shortText(person.name, 30)}${role} (${KIND_WORDS[person.kind as keyof typeof KIND_WORDS]}${person.isCurrent ? ', now' : ''}): needs and expectations written.`;
}

/** "Influence 4, interest 5, relationship strong." once placed on the map, with how to communicate. */
export const mapLine = (person: Person | undefined): string | null =>
  person && isRated(person) && person.relationship !== '' && hasText(person.approach)
    ? `Influence ${person.influence}, interest ${person.interest}, relationship ${RELATIONSHIP_STATE_LABELS[person.relationship].toLowerCase()}.`
    : null;

/** "3 October 2026, email correspondence: Agreed the delivery dates…" once it counts as evidence. */
export const entryLine = (entry: EvidenceEntry | undefined, today: string): string | null =>
  entry && isEvidencedEntry(entry, today) && entry.kind !== ''
    ? `${formatDate(entry.date)}, ${EVIDENCE_KIND_LABELS[entry.kind].toLowerCase()}: ${shortText(entry.whatIDid, 50)}`
    : null;

/** "With Priya Nair: 3 dated entries." once every entry counts, so an open entry keeps its relationship open. */
export function relationshipLine(relationship: Relationship | undefined, people: readonly Person[], today: string): string | null {
  if (!relationship || !isEvidencedRelationship(relationship, people, today) || !relationship.entries.every((e) => isEvidencedEntry(e, today))) return null;
  const count = relationship.entries.length;
  return `With ${personName(people, relationship.personId)}: ${count} dated ${count === 1 ? 'entry' : 'entries'}.`;
}
