import { formatDate, isIsoDate } from '../../lib/dates';
import {
  hasText,
  isColleague,
  personName,
  type Challenge,
  type EvidenceEntry,
  type Person,
  type Rating,
  type Relationship,
  type RelationshipLogData,
} from './model';

/**
 * The relationship log's derived results: where each person sits on the stakeholder map, which
 * evidence entries count, and the plain message at each field that is wrong. Pure: `today` is given.
 */

/** The four parts of an influence / interest map (Mendelow's grid), each with what it suggests. */
export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The map splits each 1–5 scale at 3: 3 to 5 is high. */
export const HIGH_FROM = 3;

/** Where a person with these ratings (1–5) sits on the map. */
export function quadrantOf(influence: number, interest: number): Quadrant {
  const isHighInfluence = influence >= HIGH_FROM;
  const isHighInterest = interest >= HIGH_FROM;
  if (isHighInfluence) return isHighInterest ? 'manage-closely' : 'keep-satisfied';
  return isHighInterest ? 'keep-informed' : 'monitor';
}

/** A rating as a number, or null while not chosen. */
export const ratingValue = (rating: Rating | ''): number | null => (rating === '' ? null : Number(rating));

/** A person on the map: both ratings chosen. */
export const isRated = (p: Person) => p.influence !== '' && p.interest !== '';

/** An evidence entry that counts: dated no later than today, with what the learner did, the kind of evidence, what it is and what came of it. */
export const isEvidencedEntry = (entry: EvidenceEntry, today: string) =>
  isIsoDate(entry.date) && entry.date <= today && hasText(entry.whatIDid) && entry.kind !== '' && hasText(entry.evidence) && hasText(entry.outcome);

/** A relationship with a person on the map and at least one entry that counts. */
export const isEvidencedRelationship = (r: Relationship, people: readonly Person[], today: string) =>
  people.some((p) => p.id === r.personId && hasText(p.name)) && r.entries.some((e) => isEvidencedEntry(e, today));

/** The different people whose relationships are evidenced: two relationships with one person count once. */
export function evidencedPeople(data: Pick<RelationshipLogData, 'people' | 'relationships'>, today: string): string[] {
  return [...new Set(data.relationships.filter((r) => isEvidencedRelationship(r, data.people, today)).map((r) => r.personId))];
}

/** A challenge with someone on the map: what happened, the actions taken and how it turned out. */
export const isDescribedChallenge = (c: Challenge, people: readonly Person[]) =>
  people.some((p) => p.id === c.personId && hasText(p.name)) && hasText(c.situation) && hasText(c.actions) && hasText(c.outcome);

/** The person who confirms a challenge took place, named with their role. */
export const isConfirmable = (c: Challenge) => hasText(c.confirmerName) && c.confirmerRole !== '';

/** Rows in entry order, with their index: the relationships' entries in date order for the PDF and spreadsheet. */
export function entriesByDate(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  const dated = entries.filter((e) => isIsoDate(e.date)).sort((a, b) => a.date.localeCompare(b.date));
  return [...dated, ...entries.filter((e) => !isIsoDate(e.date))];
}

/** A field's path in the form, e.g. "relationships.0.entries.1.date", and the plain message to show at it. */
export type FieldProblems = Record<string, string>;

const normalised = (value: string) => value.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

const afterToday = (iso: string, today: string) =>
  `${formatDate(iso)} is after today (${formatDate(today)}): log what you have already done, dated the day you did it.`;

/**
 * What is wrong at each field, in plain words: two colleagues in the same role (they count once
 * towards "different roles"), a person chosen who is no longer on the list, two relationships
 * with one person, a date after today. Empty when nothing is wrong.
 */
export function fieldProblems(data: Pick<RelationshipLogData, 'people' | 'relationships' | 'challenges'>, today: string): FieldProblems {
  const problems: FieldProblems = {};
  const roles = new Map<string, number>();
  data.people.forEach((person, index) => {
    const role = normalised(person.role);
    if (!isColleague(person) || !role) return;
    const earlier = roles.get(role);
    if (earlier === undefined) roles.set(role, index);
    else problems[`people.${index}.role`] = `${personName(data.people, data.people[earlier]!.id)} has this role too: the guidance asks for colleagues in different roles, so they count once.`;
  });
  const isOnList = (id: string) => data.people.some((p) => p.id === id);
  const chosen = new Map<string, number>();
  data.relationships.forEach((relationship, index) => {
    const path = `relationships.${index}`;
    if (relationship.personId !== '' && !isOnList(relationship.personId)) problems[`${path}.personId`] = 'The person you chose is no longer on your list: choose again.';
    else if (relationship.personId !== '') {
      const earlier = chosen.get(relationship.personId);
      if (earlier === undefined) chosen.set(relationship.personId, index);
      else problems[`${path}.personId`] = `Relationship ${earlier + 1} is with ${personName(data.people, relationship.personId)} too: choose someone else, so the log shows two relationships.`;
    }
    relationship.entries.forEach((entry, entryIndex) => {
      if (isIsoDate(entry.date) && entry.date > today) problems[`${path}.entries.${entryIndex}.date`] = afterToday(entry.date, today);
    });
  });
  data.challenges.forEach((challenge, index) => {
    if (challenge.personId !== '' && !isOnList(challenge.personId)) problems[`challenges.${index}.personId`] = 'The person you chose is no longer on your list: choose again.';
    if (isIsoDate(challenge.date) && challenge.date > today) problems[`challenges.${index}.date`] = afterToday(challenge.date, today);
  });
  return problems;
}
