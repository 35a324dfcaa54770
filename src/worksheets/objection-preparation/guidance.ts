/**
 * Prompts drawn from the indicative content and assessor guidance of unit L3C2 Overcome Sales
 * Objections (seed 003, lines 1110–1189). Quoted words are the specification's; the rest is the
 * toolkit's own plain English.
 */

export const ORGANISATION_PROMPT = 'Your organisation, and the products or services you will be talking to these prospects about.';

export const PROSPECTS_PROMPT =
  'The assessor guidance asks you to “prepare to deal with customer objections at sales meetings with at least two prospects”. For each, give the meeting and what you already know of them.';

export const KNOWN_HINT =
  'Their business and needs, who you will meet and their role in the decision, what they use now (a competitor?), budget and timing, anything from earlier contact or the CRM.';

export const OBJECTIONS_PROMPT =
  'Anticipate the objections each prospect may raise. The unit lists standard objections (“price, need/relevance, competitor comparison, trust/reliability, timing, risk/fear, previous experience, implementation complexity, Return on Investment (ROI), lack of Information/evidence”) and non-standard ones (“customization, compatibility, ethical/sustainability concerns, scalability, security/privacy, support/service, cultural fit, regulatory compliance, implementation timelines, integration with existing systems”).';

export const CONCERN_HINT = 'What lies under it: the worry or motivation that makes the prospect say it (the objection is what they say; the concern is why).';
export const RESPONSE_HINT = 'What you will say or show. Address the concern, not just the words: evidence, a question back, a trial, a case study, a guarantee.';

export const REVIEW_PROMPT =
  'The unit suggests you “identify the most common objections encountered in the organisation by reviewing previous sales interactions, consulting with colleagues, or conducting market research”, then “review customer objections raised in other sales conversations to identify common customer underlying concerns and motivations”.';

export const SOURCES_HINT = 'Who you asked (name and role) or what you looked at: CRM notes, call recordings, lost-deal reports, a team meeting.';

export const PREVIOUS_PROMPT =
  'List the objections you found, how many times each came up (from the records, or your colleague’s best count) and the common concern it belongs to. Name the common concerns first (above), so you can group each objection under one.';

export const CONCERNS_PROMPT =
  'Group the objections by what lies under them: several different objections often share one concern (for example “we cannot afford to get it wrong”). For each concern, “develop a response that addresses common customer underlying concerns and motivations”.';

export const MINDSET_PROMPT =
  'The assessor guidance asks for “evidence of using at least two techniques to create a positive mindset when preparing”. The unit names “visualisation, positive affirmations, goal setting, rehearsal, role play practice with colleagues, breathing and relaxation techniques, positive self-talk, positive mindset journaling, focusing on solutions”.';

export const OBSERVATION_PROMPT =
  'The guidance says the sales meetings “should be observed by their line manager, or a trainer/tutor/coach/mentor and a record kept of what happened (with permission from the customer)”. Complete one record per meeting with your observer, and ask them to sign the exported PDF.';

/** What the observation record captures, per AC, from the LO3 guidance and indicative content. */
export const OBSERVATION_HINTS = {
  questions: 'AC 3.1: the open and probing questions you used to gain the customer’s commitment at each stage of the meeting, with examples.',
  objectionsExplored: 'AC 3.2: how you explored the customer’s objections to identify and prioritise their concerns: narrowing down the issue, probing further, telling sincere from insincere objections.',
  signals: 'AC 3.3: the verbal and non-verbal buying signals you noticed, and how you responded to each.',
  overcome: 'AC 3.4: how you confirmed with the customer how their objections can be overcome.',
} as const;
