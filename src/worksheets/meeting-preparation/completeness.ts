import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { listInWords } from '../../lib/text-list';
import { fieldProblems, prospectName, questionTypes } from './calculations';
import {
  hasText,
  isIdentified,
  isInterestConfirmed,
  isMatched,
  isMeetingArranged,
  isWrittenQuestion,
  type MeetingPreparationData,
  type Prospect,
} from './model';

/** The assessor guidance's one number (seed 003, L3C1, LO2 guidance from line 1104): "at least two prospects", and "both" meetings. */
export const MIN_PROSPECTS = 2;
/** Good practice, not the spec's: the unit names "a range of questions … e.g., open, closed, probing"; three kinds make a range. */
export const GOOD_PRACTICE_QUESTION_TYPES = 3;

/** Where each rule comes from, as the assessor reads it. */
export const SOURCES = {
  guidance: 'L3C1 assessor guidance, LO2',
  ac23: 'L3C1 AC 2.3',
  content: 'L3C1 indicative content',
} as const;

type Rule = { label: string; isMet: boolean; sections: string[]; source: string; missing: string; fields?: string[] };

/** A checklist item from a rule, with where it comes from. A rule that one field fixes names that field, for the error summary's link. */
const item = ({ label, isMet, sections, source, missing, fields = [] }: Rule): ChecklistItem =>
  specRule(
    {
      label,
      isMet,
      sections,
      ...(isMet ? {} : { detail: missing }),
      ...(!isMet && fields.length === 1 ? { field: fields[0] } : {}),
    },
    source,
  );

/** The form paths of the fields still empty among those a rule needs, for the prospects that fall short. */
type Needed = (p: Prospect, index: number) => Array<[isGiven: boolean, path: string]>;

/** The prospects that meet `isDone`, and for the rule, what is missing: the names still to do and their empty fields. */
function perProspect(data: MeetingPreparationData, isDone: (p: Prospect, index: number) => boolean, needed: Needed, what: string) {
  const done = data.prospects.filter(isDone);
  const short = data.prospects.map((p, index) => ({ p, index })).filter(({ p, index }) => !isDone(p, index));
  // The fields to fill only matter while fewer than the minimum are done: the first few falling short.
  const toDo = short.slice(0, Math.max(0, MIN_PROSPECTS - done.length));
  const fields = toDo.flatMap(({ p, index }) => needed(p, index).filter(([isGiven]) => !isGiven).map(([, path]) => path));
  const names = toDo.map(({ p }) => prospectName(data.prospects, p.id));
  const missing = `${done.length} of ${MIN_PROSPECTS} prospects${names.length ? `. ${listInWords(names)}: ${what}` : ''}.`;
  return { isMet: done.length >= MIN_PROSPECTS, missing, fields };
}

/**
 * The assessor's minimums for L3C1 LO2 (AC 2.1–2.4), each as a rule that is met or not yet, quoting
 * where it comes from. Each section's rule counts that section's work alone, so a meeting arranged
 * before its prospect is named shows as arranged; the prospect's own rules ask for the name.
 */
export function meetingPreparationCompleteness(data: MeetingPreparationData): ChecklistItem[] {
  return [
    ...meetingPreparationRules(data),
    ...meetingPreparationGoodPractice(data),
  ];
}

/** The specification's rules only: the assessor guidance (LO2) and AC 2.3's wording. */
function meetingPreparationRules(data: MeetingPreparationData): ChecklistItem[] {
  const problems = fieldProblems(data);
  const path = (index: number, rest: string) => `prospects.${index}.${rest}`;
  const hasProblem = (index: number, rest: string) => problems[path(index, rest)] !== undefined;

  const orgMissing = [
    ...(hasText(data.organisation.name) ? [] : ['Name the organisation.']),
    ...(hasText(data.offer) ? [] : ['Say what products or services it offers.']),
  ];

  const identified = perProspect(
    data,
    isIdentified,
    (p, i) => [
      [hasText(p.name), path(i, 'name')],
      [hasText(p.contact), path(i, 'contact')],
      [p.leadSource !== '', path(i, 'leadSource')],
    ],
    'give the prospect’s name, who you deal with there and where the lead came from',
  );
  const interested = perProspect(
    data,
    (p) => isIdentified(p) && isInterestConfirmed(p),
    (p, i) => [
      [p.interestMethod !== '', path(i, 'interestMethod')],
      [p.interestDate !== '', path(i, 'interestDate')],
      [hasText(p.interest), path(i, 'interest')],
    ],
    'say how and when their interest was confirmed, and what they said or did',
  );
  const arranged = perProspect(
    data,
    (p, i) => isMeetingArranged(p) && !hasProblem(i, 'meeting.date') && !hasProblem(i, 'meeting.confirmedDate'),
    (p, i) => [
      [p.meeting.date !== '' && !hasProblem(i, 'meeting.date'), path(i, 'meeting.date')],
      [p.meeting.format !== '', path(i, 'meeting.format')],
      [hasText(p.meeting.place), path(i, 'meeting.place')],
      [hasText(p.meeting.confirmedHow), path(i, 'meeting.confirmedHow')],
      [p.meeting.confirmedDate !== '' && !hasProblem(i, 'meeting.confirmedDate'), path(i, 'meeting.confirmedDate')],
    ],
    'give the meeting’s date, how and where it will be held, and how and when it was confirmed',
  );
  const matched = perProspect(
    data,
    (p) => p.matches.some(isMatched),
    (p, i) => {
      const first = p.matches[0];
      return first ? [[hasText(first.need), path(i, 'matches.0.need')], [hasText(first.offer), path(i, 'matches.0.offer')], [hasText(first.benefit), path(i, 'matches.0.benefit')]] : [];
    },
    'match at least one business need to a product or service, with the benefit to them',
  );
  const framed = perProspect(
    data,
    (p) => p.framework.questions.some(isWrittenQuestion) && hasText(p.framework.presentation),
    (p, i) => {
      const first = p.framework.questions[0];
      return [
        ...(first ? ([[isWrittenQuestion(first), path(i, `framework.questions.0.${first.type === '' ? 'type' : 'question'}`)]] as Array<[boolean, string]>) : []),
        [hasText(p.framework.presentation), path(i, 'framework.presentation')],
      ];
    },
    'write at least one question with its kind, and the presentation points you will make',
  );
  const customised = perProspect(
    data,
    (p) => hasText(p.framework.preferences) && hasText(p.framework.tailoring),
    (p, i) => [
      [hasText(p.framework.preferences), path(i, 'framework.preferences')],
      [hasText(p.framework.tailoring), path(i, 'framework.tailoring')],
    ],
    'describe their individual preferences and how the framework is customised to their needs and preferences',
  );
  const inAdvance = perProspect(
    data,
    (p, i) => p.framework.preparedDate !== '' && p.meeting.date !== '' && !hasProblem(i, 'framework.preparedDate'),
    (p, i) => [
      [p.meeting.date !== '', path(i, 'meeting.date')],
      [p.framework.preparedDate !== '' && !hasProblem(i, 'framework.preparedDate'), path(i, 'framework.preparedDate')],
    ],
    'date the framework on or before the meeting’s date',
  );

  return [
    item({
      label: 'Your organisation named, with the products or services it offers (AC 2.3: “the organisation’s products and services”)',
      isMet: orgMissing.length === 0,
      sections: ['organisation'],
      source: SOURCES.ac23,
      missing: orgMissing.join(' '),
      fields: [...(hasText(data.organisation.name) ? [] : ['organisation.name']), ...(hasText(data.offer) ? [] : ['offer'])],
    }),
    item({
      label: `At least ${MIN_PROSPECTS} prospects identified: each named, with who you deal with and where the lead came from (AC 2.1; guidance: “identify … at least two prospects”)`,
      sections: ['prospects'],
      source: SOURCES.guidance,
      ...identified,
    }),
    item({
      label: `Each prospect’s interest confirmed: how, when, and what they said or did (AC 2.1; guidance: “confirm at least two prospects who are interested in their organisation’s products and/or services”)`,
      sections: ['prospects'],
      source: SOURCES.guidance,
      ...interested,
    }),
    item({
      label: 'A sales meeting arranged with both prospects: dated, how and where it will be held, and how and when it was confirmed (AC 2.2; guidance: “arrange sales meetings with both prospects”)',
      sections: ['meetings'],
      source: SOURCES.guidance,
      ...arranged,
    }),
    item({
      label: 'The organisation’s products or services matched to each prospect’s business needs, with the benefit to them (AC 2.3; guidance: “a match of the organisation’s products and/or services to each prospects business needs”)',
      sections: ['needs'],
      source: SOURCES.guidance,
      ...matched,
    }),
    item({
      label: 'A dialogue framework for each meeting, including questions and the points you will present (AC 2.4; guidance: “prepare a dialogue framework (including questions) for the two meetings”)',
      sections: ['dialogue'],
      source: SOURCES.guidance,
      ...framed,
    }),
    item({
      label: 'Each framework customised to the prospect’s business needs and individual preferences (AC 2.4; guidance: “customised to each of the prospects’ business needs and individual preferences”)',
      sections: ['dialogue'],
      source: SOURCES.guidance,
      ...customised,
    }),
    item({
      label: 'Each meeting prepared for in advance: the framework dated on or before the meeting (AC 2.4; guidance: “prepare for them in advance”)',
      sections: ['dialogue'],
      source: SOURCES.guidance,
      ...inAdvance,
    }),
  ];
}

/**
 * Good practice beyond the specification's minimums, drawn from the unit's indicative content: in the
 * checklist marked `isGoodPractice`, shown to the learner as advice and never counted towards
 * "complete". Each says why it helps.
 */
export function meetingPreparationGoodPractice(data: MeetingPreparationData): ChecklistItem[] {
  const prospects = data.prospects.filter(isIdentified);
  const every = (test: (p: Prospect) => boolean) => prospects.length > 0 && prospects.every(test);
  const rule = (label: string, isMet: boolean, sections: string[], why: string): ChecklistItem => goodPracticeRule({ label, isMet, sections, ...(isMet ? {} : { detail: why }) }, why);
  return [
    rule(
      'Good practice: the decision-making unit and how you reached the buyer, for each prospect (the unit’s “key individuals within the decision-making unit (DMU)” and “ways to … access the right person/decision makers”, LO1)',
      every((p) => hasText(p.dmu) && hasText(p.access)),
      ['prospects'],
      'Knowing who decides, who influences and who guards the door tells you whom to meet and what each of them needs to hear.',
    ),
    rule(
      'Good practice: every matched need with how you know of it',
      every((p) => p.matches.filter(isMatched).length > 0 && p.matches.filter(isMatched).every((m) => hasText(m.evidence))),
      ['needs'],
      'A need you can show evidence for is one the prospect will recognise; a guessed need can lose the meeting.',
    ),
    rule(
      `Good practice: questions of at least ${GOOD_PRACTICE_QUESTION_TYPES} kinds for each meeting, e.g. open, probing and closed (the unit’s “range of questions”, LO2)`,
      every((p) => questionTypes(p).length >= GOOD_PRACTICE_QUESTION_TYPES),
      ['dialogue'],
      'Open questions find the need, probing ones find its size, closed ones confirm facts and commitment.',
    ),
    rule(
      'Good practice: an opening, the likely objections, a close and the next step for each meeting',
      every((p) => [p.framework.opening, p.framework.objections, p.framework.close, p.framework.nextStep].every(hasText)),
      ['dialogue'],
      'A meeting that opens with an agenda and ends with an agreed next step moves the sale on; prepare the objections in full with the Objection preparation worksheet.',
    ),
  ];
}
