import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { isIsoDate } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { dateOrEmpty } from '../../lib/date-schema';
import { rowRef, rowSchema, textUpTo } from '../../lib/schema-fields';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The relationship log's data (unit L3L1): schema, version and migrations, defaults. No React. */
export const RELATIONSHIP_LOG_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, item: 1000, answer: 5000 } as const;
export const LIST_LIMITS = { people: 30, relationships: 10, entries: 30, challenges: 5 } as const;

/** Who a person is to the learner: the unit's "colleagues in a sales team" (AC 1.1) and "other stakeholders" (AC 1.2), internal or external. */
export const PERSON_KINDS = ['colleague', 'internal', 'external'] as const;
export type PersonKind = Choice<typeof PERSON_KINDS>;

/** Influence and interest on the stakeholder map, 1 (low) to 5 (high), kept as the select gives them. */
export const RATINGS = ['1', '2', '3', '4', '5'] as const;
export type Rating = Choice<typeof RATINGS>;

/** How the learner's working relationship with a person stands now. */
export const RELATIONSHIP_STATES = ['strong', 'good', 'developing', 'new', 'strained'] as const;
export type RelationshipState = Choice<typeof RELATIONSHIP_STATES>;

/** Kinds of evidence that a relationship is productive and professional: the guidance's "copies of email correspondence, successful sales because of joint working etc." */
export const EVIDENCE_KINDS = ['email', 'joint-sale', 'meeting-notes', 'feedback', 'plan-or-deadline', 'other'] as const;
export type EvidenceKind = Choice<typeof EVIDENCE_KINDS>;

/** Who confirms a challenge took place: the guidance's "a confirmation from their line manager, a supporting paragraph from the colleagues". */
export const CONFIRMER_ROLES = ['line-manager', 'colleague-involved', 'other-colleague'] as const;
export type ConfirmerRole = Choice<typeof CONFIRMER_ROLES>;

const text = textUpTo(TEXT_LIMITS.answer);

const PersonSchema = rowSchema({
  name: text(TEXT_LIMITS.short),
  kind: choiceSchema(PERSON_KINDS, { blank: true }),
  role: text(TEXT_LIMITS.short),
  needs: text(TEXT_LIMITS.item),
  expectations: text(TEXT_LIMITS.item),
  /** A supporting example of those needs and expectations from the learner's work. */
  example: text(TEXT_LIMITS.item),
  /** The learner works with them now (AC 2.1: "that they are currently working with"). */
  isCurrent: z.boolean(),
  influence: choiceSchema(RATINGS, { blank: true }),
  interest: choiceSchema(RATINGS, { blank: true }),
  relationship: choiceSchema(RELATIONSHIP_STATES, { blank: true }),
  /** How the learner communicates with them and builds trust, given the map. */
  approach: text(TEXT_LIMITS.item),
});
export type Person = z.infer<typeof PersonSchema>;

const EvidenceEntrySchema = rowSchema({
  date: dateOrEmpty,
  whatIDid: text(TEXT_LIMITS.item),
  kind: choiceSchema(EVIDENCE_KINDS, { blank: true }),
  /** What the evidence is and where the assessor finds it, e.g. "Email to Sam, 3 October, in my portfolio as E4". */
  evidence: text(TEXT_LIMITS.item),
  outcome: text(TEXT_LIMITS.item),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntrySchema>;

const RelationshipSchema = rowSchema({
  /** The person on the map (a Person id), or '' while not chosen. */
  personId: rowRef(),
  /** What each side needs from the relationship, and how the learner aligned them. */
  mutualNeeds: text(TEXT_LIMITS.item),
  entries: z.array(EvidenceEntrySchema).check(z.maxLength(LIST_LIMITS.entries)),
});
export type Relationship = z.infer<typeof RelationshipSchema>;

const ChallengeSchema = rowSchema({
  personId: rowRef(),
  date: dateOrEmpty,
  situation: text(),
  actions: text(),
  outcome: text(),
  learned: text(),
  confirmerName: text(TEXT_LIMITS.short),
  confirmerRole: choiceSchema(CONFIRMER_ROLES, { blank: true }),
  /** The confirmer's own words, typed with them or left for them to write on the printed copy. */
  confirmerStatement: text(),
});
export type Challenge = z.infer<typeof ChallengeSchema>;

export const RelationshipLogSchema = z.object({
  organisation: text(TEXT_LIMITS.short),
  myRole: text(TEXT_LIMITS.short),
  people: z.array(PersonSchema).check(z.maxLength(LIST_LIMITS.people)),
  /** What the map shows about whom to keep closest and how to communicate with each. */
  mapSummary: text(),
  relationships: z.array(RelationshipSchema).check(z.maxLength(LIST_LIMITS.relationships)),
  challenges: z.array(ChallengeSchema).check(z.maxLength(LIST_LIMITS.challenges)),
});
export type RelationshipLogData = z.infer<typeof RelationshipLogSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const relationshipLogMigrations: Record<number, MigrationStep> = {};

export function parseRelationshipLog(data: unknown, version: number): ParseResult<RelationshipLogData> {
  return parseVersioned(RelationshipLogSchema, RELATIONSHIP_LOG_SCHEMA_VERSION, relationshipLogMigrations, data, version);
}

export const newPerson = (kind: PersonKind | '' = ''): Person => ({
  id: newId(),
  name: '',
  kind,
  role: '',
  needs: '',
  expectations: '',
  example: '',
  isCurrent: false,
  influence: '',
  interest: '',
  relationship: '',
  approach: '',
});
export const newEvidenceEntry = (): EvidenceEntry => ({ id: newId(), date: '', whatIDid: '', kind: '', evidence: '', outcome: '' });
export const newRelationship = (): Relationship => ({ id: newId(), personId: '', mutualNeeds: '', entries: [newEvidenceEntry()] });
export const newChallenge = (): Challenge => ({
  id: newId(),
  personId: '',
  date: '',
  situation: '',
  actions: '',
  outcome: '',
  learned: '',
  confirmerName: '',
  confirmerRole: '',
  confirmerStatement: '',
});

/** A new log with the guidance's minimum rows to fill: three colleagues, two stakeholders (one inside the organisation, one outside: either can be changed), two relationships, one challenge. */
export function createEmptyRelationshipLog(): RelationshipLogData {
  return {
    organisation: '',
    myRole: '',
    people: [newPerson('colleague'), newPerson('colleague'), newPerson('colleague'), newPerson('internal'), newPerson('external')],
    mapSummary: '',
    relationships: [newRelationship(), newRelationship()],
    challenges: [newChallenge()],
  };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** A colleague in the learner's sales team, as against another stakeholder. */
export const isColleague = (p: Person) => p.kind === 'colleague';
export const isStakeholder = (p: Person) => p.kind === 'internal' || p.kind === 'external';

/** Needs and expectations written: what AC 1.2 and 2.1 ask of each person. */
export const hasNeedsAndExpectations = (p: Person) => hasText(p.name) && p.kind !== '' && hasText(p.needs) && hasText(p.expectations);

/** A colleague described as AC 1.1 asks: a role, needs and expectations, and a supporting example. */
export const isDescribedColleague = (p: Person) => isColleague(p) && hasNeedsAndExpectations(p) && hasText(p.role) && hasText(p.example);

/** A person's name for lists and messages, or "Person N" while unnamed. */
export function personName(people: readonly Person[], id: string): string {
  const index = people.findIndex((p) => p.id === id);
  if (index < 0) return 'Not chosen';
  const person = people[index]!;
  return hasText(person.name) ? person.name.trim() : `Person ${index + 1}`;
}

/** An evidence entry dated with a calendar date. */
export const isDated = (entry: Pick<EvidenceEntry, 'date'>) => isIsoDate(entry.date);
