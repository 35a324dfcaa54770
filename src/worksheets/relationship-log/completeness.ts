import { goodPracticeRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { isIsoDate } from '../../lib/dates';
import { listInWords } from '../../lib/text-list';
import { evidencedPeople, isConfirmable, isDescribedChallenge, isEvidencedEntry, isEvidencedRelationship, isRated } from './calculations';
import { LO1_GUIDANCE, LO2_GUIDANCE } from './guidance';
import {
  hasNeedsAndExpectations,
  hasText,
  isColleague,
  isDescribedColleague,
  isStakeholder,
  personName,
  type Person,
  type RelationshipLogData,
} from './model';

/** The assessor guidance's numbers (seed 003, L3L1, lines 1678–1679). */
export const MIN_COLLEAGUES = 3; // LO1: "at least three different colleagues who perform different roles in a sales team"
export const MIN_STAKEHOLDERS = 2; // LO1: "At least two stakeholders"
export const MIN_RELATIONSHIPS = 2; // LO2: "at least two relationships are productive and professional"

/** A rule met in the sections named, with where it comes from; unmet, it says what is missing and the field that fixes it. */
function rule(label: string, sections: string[], source: string, missing: string[], field?: string): ChecklistItem {
  if (missing.length === 0) return { label, isMet: true, sections, source };
  return { label, isMet: false, sections, source, detail: missing.join(' '), ...(field ? { field } : {}) };
}

/** The first of a row's fields still empty, as its form path, e.g. "people.2.needs". */
function firstEmpty(path: string, row: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const key = keys.find((k) => {
    const value = row[k];
    return typeof value === 'string' ? !hasText(value) : value === false;
  });
  return key === undefined ? undefined : `${path}.${key}`;
}

const COLLEAGUE_FIELDS = ['name', 'role', 'needs', 'expectations', 'example'] as const;
const STAKEHOLDER_FIELDS = ['name', 'kind', 'needs', 'expectations'] as const;

/** The different roles among the colleagues described in full: two in the same role count once. */
export function colleagueRoles(people: readonly Person[]): string[] {
  return [...new Set(people.filter(isDescribedColleague).map((p) => p.role.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ')))];
}

/** Someone in the organisation, as the guidance's "a relationship with a colleague" reads: a colleague or an internal stakeholder. */
const isInOrganisation = (p: Person | undefined) => p !== undefined && (p.kind === 'colleague' || p.kind === 'internal');

/** The checklist: the assessor's minimums for L3L1 LO1 and LO2 (AC 1.1, 1.2, 2.1, 2.3, 2.4), then the good practice, which never counts. `today` is yyyy-mm-dd. */
export function relationshipLogCompleteness(data: RelationshipLogData, today: string): ChecklistItem[] {
  return [...relationshipLogRules(data, today), ...relationshipLogGoodPractice(data, today)];
}

/** The rules the specification sets (the guidance's numbers), each with its source. */
export function relationshipLogRules(data: RelationshipLogData, today: string): ChecklistItem[] {
  const people = data.people;
  const roles = colleagueRoles(people);
  const colleagueRow = people.findIndex((p) => isColleague(p) && !isDescribedColleague(p));
  const stakeholders = people.filter((p) => isStakeholder(p) && hasNeedsAndExpectations(p));
  const stakeholderRow = people.findIndex((p) => !isColleague(p) && !(isStakeholder(p) && hasNeedsAndExpectations(p)));
  const currentColleague = people.some((p) => isColleague(p) && hasNeedsAndExpectations(p) && p.isCurrent);
  const currentStakeholder = people.some((p) => isStakeholder(p) && hasNeedsAndExpectations(p) && p.isCurrent);
  const tickRow = people.findIndex((p) => hasNeedsAndExpectations(p) && !p.isCurrent && (currentColleague ? isStakeholder(p) : isColleague(p)));

  const evidenced = evidencedPeople(data, today);
  const relationshipRow = data.relationships.findIndex((r) => !isEvidencedRelationship(r, people, today));
  const relationshipField = (() => {
    const r = data.relationships[relationshipRow];
    if (!r) return undefined;
    if (!people.some((p) => p.id === r.personId && hasText(p.name))) return `relationships.${relationshipRow}.personId`;
    const entryIndex = Math.max(0, r.entries.findIndex((e) => !isEvidencedEntry(e, today)));
    const entry = r.entries[entryIndex];
    if (!entry) return undefined;
    if (!isIsoDate(entry.date) || entry.date > today) return `relationships.${relationshipRow}.entries.${entryIndex}.date`;
    return firstEmpty(`relationships.${relationshipRow}.entries.${entryIndex}`, entry, ['whatIDid', 'kind', 'evidence', 'outcome']);
  })();

  const described = data.challenges.filter((c) => isDescribedChallenge(c, people) && isInOrganisation(people.find((p) => p.id === c.personId)));
  const challengeIndex = Math.max(0, data.challenges.findIndex((c) => !isDescribedChallenge(c, people)));
  const challenge = data.challenges[challengeIndex];
  const challengePerson = challenge && people.find((p) => p.id === challenge.personId);
  const isExternal = challengePerson !== undefined && challengePerson.kind === 'external';
  const confirmed = described.filter(isConfirmable);
  const confirmIndex = data.challenges.findIndex((c) => described.includes(c) && !isConfirmable(c));

  return [
    rule(
      `The needs and expectations of at least ${MIN_COLLEAGUES} colleagues in different roles in your sales team, each with a supporting example (AC 1.1)`,
      ['people'],
      LO1_GUIDANCE,
      roles.length >= MIN_COLLEAGUES
        ? []
        : [
            `${roles.length} of ${MIN_COLLEAGUES} colleagues in different roles described with their role, needs, expectations and an example.`,
            ...(colleagueRow < 0 ? ['Add a colleague in another role.'] : [`Finish ${personName(people, people[colleagueRow]!.id)}.`]),
          ],
      colleagueRow < 0 ? undefined : firstEmpty(`people.${colleagueRow}`, people[colleagueRow]!, COLLEAGUE_FIELDS),
    ),
    rule(
      `The needs and expectations of at least ${MIN_STAKEHOLDERS} other stakeholders explained (AC 1.2)`,
      ['people'],
      LO1_GUIDANCE,
      stakeholders.length >= MIN_STAKEHOLDERS ? [] : [`${stakeholders.length} of ${MIN_STAKEHOLDERS} stakeholders, inside or outside the organisation, with their needs and expectations.`],
      stakeholderRow < 0 ? undefined : firstEmpty(`people.${stakeholderRow}`, people[stakeholderRow]!, STAKEHOLDER_FIELDS),
    ),
    rule(
      'The needs and expectations of at least one colleague and one stakeholder you work with now (AC 2.1)',
      ['people'],
      LO2_GUIDANCE,
      [
        ...(currentColleague ? [] : ['Tick “I work with them now” for a colleague whose needs and expectations you have written.']),
        ...(currentStakeholder ? [] : ['Tick “I work with them now” for a stakeholder whose needs and expectations you have written.']),
      ],
      tickRow < 0 ? undefined : `people.${tickRow}.isCurrent`,
    ),
    rule(
      `At least ${MIN_RELATIONSHIPS} working relationships shown to be productive and professional, each with dated evidence of what you did (AC 2.3)`,
      ['relationships'],
      LO2_GUIDANCE,
      evidenced.length >= MIN_RELATIONSHIPS
        ? []
        : [`${evidenced.length} of ${MIN_RELATIONSHIPS} relationships with different people have an entry with the date, what you did, the evidence and what came of it.`],
      relationshipField,
    ),
    rule(
      'A challenge in a relationship with a colleague: what happened, the actions you took to resolve it and how it turned out (AC 2.4)',
      ['challenge'],
      LO2_GUIDANCE,
      described.length > 0
        ? []
        : isExternal
          ? [`${personName(people, challengePerson.id)} is outside the organisation: the guidance asks for a challenge with a colleague.`]
          : ['Choose the colleague, then say what happened, what you did and how it turned out.'],
      challenge === undefined
        ? undefined
        : isExternal || !challengePerson
          ? `challenges.${challengeIndex}.personId`
          : firstEmpty(`challenges.${challengeIndex}`, challenge, ['situation', 'actions', 'outcome']),
    ),
    rule(
      'Someone who can confirm the challenge took place, named with their role: your line manager or a colleague (AC 2.4)',
      ['challenge'],
      LO2_GUIDANCE,
      confirmed.length > 0 ? [] : ['Name the person who can confirm it took place, and their role.'],
      confirmIndex < 0 ? undefined : firstEmpty(`challenges.${confirmIndex}`, data.challenges[confirmIndex]!, ['confirmerName', 'confirmerRole']),
    ),
  ];
}

const INDICATIVE = 'from the L3L1 indicative content';

/**
 * Good practice beyond the guidance's minimums (isGoodPractice): listed apart in the checklist and
 * beside its section, each saying why, and never counted towards "complete".
 */
export function relationshipLogGoodPractice(data: RelationshipLogData, today: string): ChecklistItem[] {
  const named = data.people.filter((p) => hasText(p.name));
  const unrated = named.filter((p) => !isRated(p) || p.relationship === '').map((p) => p.name.trim());
  const evidenced = data.relationships.filter((r) => isEvidencedRelationship(r, data.people, today));
  const once = evidenced.filter((r) => new Set(r.entries.filter((e) => isEvidencedEntry(e, today)).map((e) => e.date)).size < 2);
  const challenges = data.challenges.filter((c) => isDescribedChallenge(c, data.people));
  const good = (label: string, isMet: boolean, section: string, why: string, todo: string): ChecklistItem =>
    goodPracticeRule({ label, isMet, sections: [section], ...(isMet ? {} : { detail: todo }) }, why);
  return [
    good(
      'Everyone on your list rated for influence and interest, with how your relationship stands',
      named.length > 0 && unrated.length === 0,
      'map',
      `${INDICATIVE}, LO1: a stakeholder analysis`,
      `${listInWords(unrated, { limit: 3 }) || 'Name the people first'}: rate them.`,
    ),
    good(
      'How you will communicate with each person, and what the map tells you',
      named.length > 0 && named.every((p) => hasText(p.approach)) && hasText(data.mapSummary),
      'map',
      `${INDICATIVE}, LO1: “to determine the best communication approaches to meet needs”`,
      'Say how you will approach each person, and sum up the map.',
    ),
    good(
      'Each relationship kept up over time: evidence on at least two dates',
      evidenced.length > 0 && once.length === 0,
      'relationships',
      'two dated entries show the relationship is maintained, not a single contact (AC 2.3 says “Maintain”)',
      'Add a second dated entry to each relationship.',
    ),
    good(
      'What each side needs from the relationship, and how you aligned them',
      evidenced.length > 0 && evidenced.every((r) => hasText(r.mutualNeeds)),
      'relationships',
      `${INDICATIVE}, LO2: “How to explore and align mutual needs with a colleague”`,
      'Write it for each relationship.',
    ),
    good(
      'The challenge dated, with what you learned from it',
      challenges.length > 0 && challenges.every((c) => isIsoDate(c.date) && hasText(c.learned)),
      'challenge',
      'a date and a reflection help the person confirming it, and your next review',
      'Give the challenge its date and what you learned.',
    ),
  ];
}
