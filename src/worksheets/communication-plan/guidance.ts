/**
 * Prompts for each section of the communication plan, from unit L3B1 (Understand Sales
 * Communication, seed 003 lines 619–694): the indicative content and assessor guidance are read
 * from the unit's content module, so they are the spec's words; the short prompts around them are
 * the toolkit's own.
 */
import L3B1Content from '../../lib/spec/content/L3B1';
import { indicativeBullet } from '../../lib/spec/indicative-bullet';

/** The spec's indicative content bullet for an LO that starts with these words. */
const specBullet = (outcome: 1 | 2 | 3, startsWith: string) => indicativeBullet(L3B1Content, 'L3B1', outcome, startsWith);

/** Where a completeness rule comes from: the assessor guidance's own words and where they are printed. */
export type RuleSource = { quote: string; where: string };

const LO2_GUIDANCE = 'L3B1 assessor guidance, LO2 (spec lines 684–686)';
const LO3_GUIDANCE = 'L3B1 assessor guidance, LO3 (spec lines 690–691)';

/** Each completeness rule's source, quoted: the checklist's rules are these and nothing else. */
export const RULE_SOURCES = {
  organisation: {
    quote: "Learners should ideally use their own organisation's audiences in their response to this LO. If they are not currently in a sales role, two realistic case study audiences should be signposted for them to use.",
    where: LO3_GUIDANCE,
  },
  audiences: { quote: 'At least two types of target audience should be considered', where: LO3_GUIDANCE },
  approach: { quote: 'with an evaluation of how the learner would approach them differently', where: LO3_GUIDANCE },
  chosen: { quote: 'The learner should select one of the audiences that they have evaluated for 3.1', where: LO3_GUIDANCE },
  activities: { quote: 'create a communications plan related to them with at least three communication activities', where: LO3_GUIDANCE },
  preferences: { quote: 'An analysis of their own communication preferences should be completed', where: LO3_GUIDANCE },
  actions: { quote: 'with at least two actions specified to improve their own communications with colleagues and customers', where: LO3_GUIDANCE },
  barriers: { quote: 'At least three barriers to effective communication should be explained with an evaluation of how these could be overcome.', where: LO2_GUIDANCE },
  levels: { quote: 'The three barriers should include one individual, one team and one organisational barrier.', where: LO2_GUIDANCE },
} as const satisfies Record<string, RuleSource>;

export type RuleId = keyof typeof RULE_SOURCES;

/** The spec's indicative content quoted in the sections. */
export const SPEC_CONTENT = {
  factors: specBullet(3, 'The legal and organisational factors'),
  types: specBullet(3, 'Communication types'),
  legal: specBullet(1, 'Legal requirements'),
  policies: specBullet(1, 'Organisational policies'),
  barriers: specBullet(2, 'Barriers to communication'),
  overcome: specBullet(2, 'How to overcome communication barriers'),
} as const;

export const ORGANISATION_PROMPT =
  'Use your own organisation’s audiences if you can. If you are not in a sales role, use the case study your centre has given you, with two realistic audiences.';

export const AUDIENCE_PROMPTS = {
  name: 'A type of audience, e.g. “existing customers: practice managers at dental surgeries” or “new prospects: events managers at venues”.',
  who: 'Their role, the kind of organisation, how many there are, and your relationship with them now.',
  needs: 'What they need from you, what they want to know, and what they worry about.',
  channels: 'The channels and communication types they prefer, when they can be reached, and which to avoid.',
  legal: 'The laws that limit how you may contact them and what you may say, and what each means here.',
  organisational: 'Your organisation’s policies that shape the message and the channel (brand, house style, sign-off, standard responses).',
  approach: 'The channel, tone, timing and content you would choose for them, and why.',
} as const;

/** A plain note beside the spec's list of laws: the spec (Mar-24) names laws that have since been replaced. */
export const LEGAL_NOTE =
  'Toolkit note: the Data Protection Act 1998 named in the spec was replaced by the Data Protection Act 2018 and the UK GDPR; for marketing by email, text or phone also think about the Privacy and Electronic Communications Regulations (PECR). Name the law that applies now.';

export const DIFFERENCES_PROMPT =
  'Compare your audiences: what would you do differently for each (channel, tone, timing, level of detail, who sends it), and why?';

export const PLAN_PROMPT =
  'Choose one of the audiences you evaluated and plan at least three communication activities for them, in the order they happen.';

export const ACTIVITY_PROMPTS = {
  date: 'The day it happens (or starts).',
  channel: 'The channel or communication type, e.g. email, telephone call, video conference, letter, newsletter, webinar.',
  message: 'The key message: what you want them to know, feel or do.',
  owner: 'Who does it: you, or a named role.',
  measure: 'How you will know it worked, e.g. replies, demos booked, orders placed.',
} as const;

export const PREFERENCES_PROMPT =
  'Rate yourself on each pair: which way do you lean when you communicate at work? There are no right answers. Then say what your ratings show, and where you could improve.';

export const ACTIONS_PROMPT =
  'Set at least two actions to improve how you communicate: between them, cover your colleagues and your customers.';

export const BARRIER_PROMPTS = {
  barrier: 'Name the barrier and its kind.',
  explanation: 'Explain how it gets in the way of communication, with an example (AC 2.2).',
  overcome: 'How it could be overcome, and how well that would work: its strengths and its limits (AC 2.3).',
} as const;
