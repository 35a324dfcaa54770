import type { ChecklistItem } from '../../lib/evidence-types';
import { listInWords } from '../../lib/text-list';
import { concernFrequencies, mindsetDateProblem, prospectName } from './calculations';
import {
  hasText,
  isDescribedProspect,
  isNonStandard,
  isPreparedObjection,
  isStandard,
  type MindsetEntry,
  type ObjectionPreparationData,
  type Observation,
} from './model';

/** The assessor guidance's numbers (seed 003, L3C2, guidance from line 1164). */
export const MIN_PROSPECTS = 2; // LO2: "at sales meetings with at least two prospects"
export const MIN_TECHNIQUES = 2; // LO2: "at least two techniques to create a positive mindset"
export const MIN_OBSERVED = 2; // LO3: "during sales meetings with at least two prospects"

/** Where each rule comes from: the observed meetings are LO3's guidance, the rest LO2's. */
const sourceOf = (sections: string[]) => `L3C2 assessor guidance, ${sections.includes('observations') ? 'LO3' : 'LO2'} (spec lines 1164–1190)`;

const rule = (label: string, isMet: boolean, sections: string[], detail: string): ChecklistItem => ({ label, isMet, sections, source: sourceOf(sections), ...(isMet ? {} : { detail }) });

const preparedProspects = (data: ObjectionPreparationData) =>
  data.prospects.filter((p) => isDescribedProspect(p) && p.objections.some(isPreparedObjection));

/** A technique used: which, when, what the learner did and how it helped, and not dated after its meeting. */
export const isUsedTechnique = (entry: MindsetEntry, data: ObjectionPreparationData) =>
  entry.technique !== '' &&
  (entry.technique !== 'other' || hasText(entry.otherName)) &&
  entry.date !== '' &&
  hasText(entry.whatIDid) &&
  hasText(entry.howItHelped) &&
  mindsetDateProblem(entry, data.prospects) === undefined;

/** Different techniques used: two entries of the same technique count once; each "another technique" by its name. */
export function techniquesUsed(data: ObjectionPreparationData): string[] {
  const used = data.mindset.filter((e) => isUsedTechnique(e, data)).map((e) => (e.technique === 'other' ? `other:${e.otherName.trim().toLowerCase()}` : e.technique));
  return [...new Set(used)];
}

/** An observation record for a prospect on the worksheet, dated, with the observer named and in a role the guidance allows, and the customer's permission. */
export const isObservedMeeting = (o: Observation, data: ObjectionPreparationData) =>
  data.prospects.some((p) => p.id === o.prospectId) && o.date !== '' && hasText(o.observerName) && o.observerRole !== '' && o.customerPermission;

/** The prospects whose observed meeting records `part`; each prospect counts once. */
const prospectsRecording = (data: ObjectionPreparationData, part: keyof Pick<Observation, 'questions' | 'objectionsExplored' | 'signals' | 'overcome'>) =>
  new Set(data.observations.filter((o) => isObservedMeeting(o, data) && hasText(o[part])).map((o) => o.prospectId)).size;

const stillToDo = (names: string[], what: string) => (names.length ? `${listInWords(names, { limit: 3 })}: ${what}.` : '');

/** The assessor's minimums for L3C2 LO2 and LO3, each as a rule that is met or not yet, quoting where it comes from. */
export function objectionPreparationCompleteness(data: ObjectionPreparationData): ChecklistItem[] {
  const described = data.prospects.filter(isDescribedProspect);
  const prepared = preparedProspects(data);
  const notDescribed = data.prospects.filter((p) => !isDescribedProspect(p)).map((p) => prospectName(data.prospects, p.id));
  const notPrepared = described.filter((p) => !p.objections.some(isPreparedObjection)).map((p) => prospectName(data.prospects, p.id));

  const sources = data.sources.filter((s) => s.kind !== '' && hasText(s.who));
  const frequencies = concernFrequencies(data);
  const counted = frequencies.rows.filter((r) => r.times > 0);
  const withoutResponse = counted.filter((r) => !hasText(r.concern.response)).map((r) => r.concern.concern.trim());
  const isReviewed = sources.length > 0 && counted.length > 0;
  const isConcernsMet = counted.length > 0 && withoutResponse.length === 0 && frequencies.unreadable === 0 && frequencies.ungrouped === 0;

  const techniques = techniquesUsed(data);
  const observed = new Set(data.observations.filter((o) => isObservedMeeting(o, data)).map((o) => o.prospectId)).size;
  const part = (label: string, key: Parameters<typeof prospectsRecording>[1], what: string) => {
    const n = prospectsRecording(data, key);
    return rule(label, n >= MIN_OBSERVED, ['observations'], `${n} of ${MIN_OBSERVED} observed meetings record ${what}.`);
  };

  return [
    rule(
      `Sales meetings with at least ${MIN_PROSPECTS} prospects: each prospect named, the meeting dated and what you know of them (AC 2.1; guidance: “at sales meetings with at least two prospects”)`,
      described.length >= MIN_PROSPECTS,
      ['prospects'],
      `${described.length} of ${MIN_PROSPECTS} prospects described. ${stillToDo(notDescribed, 'add the name, the meeting date and what you know')}`.trim(),
    ),
    rule(
      `The objections you expect from each of those prospects, each with its kind, the underlying concern and a prepared response (AC 2.1: “Prepare to deal with potential customer objections”)`,
      prepared.length >= MIN_PROSPECTS,
      ['objections'],
      `${prepared.length} of ${MIN_PROSPECTS} prospects have an objection prepared. ${stillToDo(notPrepared, 'choose the kind, write the objection, the concern behind it and your response')}`.trim(),
    ),
    rule(
      'Previous customer objections reviewed, with where they came from: colleagues consulted or records (AC 2.2; guidance: “reviews of previous customer objections, colleague interactions”)',
      isReviewed,
      ['previous-objections'],
      sources.length === 0 ? 'Name at least one colleague you consulted or the records you reviewed.' : 'Record at least one previous objection, how many times it came up and the concern it belongs to.',
    ),
    rule(
      'The previous objections grouped into common underlying concerns, with how often each came up and a response prepared to each (AC 2.2: “to prepare responses to common customer objections”)',
      isConcernsMet,
      ['previous-objections'],
      frequencies.unreadable > 0
        ? `${frequencies.unreadable} previous objection${frequencies.unreadable === 1 ? ' needs' : 's need'} how many times it came up, as a whole number from 1.`
        : frequencies.ungrouped > 0
          ? `${frequencies.ungrouped} previous objection${frequencies.ungrouped === 1 ? ' is' : 's are'} not grouped under a concern yet.`
          : withoutResponse.length > 0
            ? `Write a response to ${listInWords(withoutResponse, { limit: 3 })}.`
            : 'Name a common underlying concern and group previous objections under it.',
    ),
    rule(
      `At least ${MIN_TECHNIQUES} different techniques to create a positive mindset before your meetings, each dated, with what you did and how it helped (AC 2.3; guidance: “at least two techniques”)`,
      techniques.length >= MIN_TECHNIQUES,
      ['mindset'],
      `${techniques.length} of ${MIN_TECHNIQUES} techniques recorded in full.`,
    ),
    rule(
      `Sales meetings with at least ${MIN_OBSERVED} prospects observed by your line manager or a trainer, tutor, coach or mentor, dated, with the customer’s permission (LO3; guidance: “observed by their line manager, or a trainer/tutor/coach/mentor … with permission from the customer”)`,
      observed >= MIN_OBSERVED,
      ['observations'],
      `${observed} of ${MIN_OBSERVED} observed meetings have the prospect, date, observer, their role and the customer’s permission.`,
    ),
    part('The open and probing questions you used to gain commitment, for both meetings (AC 3.1)', 'questions', 'the questions used'),
    part('How you explored the objections to identify and prioritise concerns, with both customers (AC 3.2)', 'objectionsExplored', 'how objections were explored and prioritised'),
    part('How you responded to verbal and non-verbal buying signals, in both meetings (AC 3.3)', 'signals', 'the signals and your responses'),
    part('How you confirmed with each customer how their objections can be overcome (AC 3.4)', 'overcome', 'how overcoming the objections was confirmed'),
  ];
}

/**
 * Good practice beyond the specification's minimums: shown to the learner as advice and never
 * counted towards "complete". Each says why it helps.
 */
export function objectionPreparationGoodPractice(data: ObjectionPreparationData): ChecklistItem[] {
  const prospects = data.prospects.filter(isDescribedProspect);
  const withBoth = prospects.filter((p) => p.objections.some((o) => isPreparedObjection(o) && isStandard(o.type)) && p.objections.some((o) => isPreparedObjection(o) && isNonStandard(o.type)));
  const kinds = new Set(data.sources.filter((s) => hasText(s.who)).map((s) => s.kind));
  const groups = concernFrequencies(data).rows.filter((r) => r.times > 0).length;
  const linked = data.mindset.filter((e) => isUsedTechnique(e, data) && e.prospectId !== '');
  return [
    rule('Good practice: a standard and a non-standard objection prepared for each prospect (the unit’s range of objections, LO1)', prospects.length > 0 && withBoth.length === prospects.length, ['objections'], 'Think beyond price and timing: compatibility, security or regulation can stop a sale late.'),
    rule('Good practice: both a colleague consulted and records reviewed', kinds.has('colleague') && kinds.has('records'), ['previous-objections'], 'Colleagues remember how objections were said; records show how often.'),
    rule('Good practice: at least three common concerns compared', groups >= 3, ['previous-objections'], 'Comparing several concerns shows which to prepare for first.'),
    rule('Good practice: each technique tied to the meeting it prepared you for', linked.length > 0 && linked.length === data.mindset.filter((e) => isUsedTechnique(e, data)).length, ['mindset'], 'Saying which meeting it was for shows it was used before that meeting.'),
  ];
}
