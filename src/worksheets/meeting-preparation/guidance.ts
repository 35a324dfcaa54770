/**
 * Prompts drawn from the indicative content and assessor guidance of unit L3C1 Prospect for New
 * Business (seed 003, lines 1023–1109; LO2 guidance at 1104–1109). Quoted words are the
 * specification's; the rest is the toolkit's own plain English.
 */

export const ORGANISATION_PROMPT =
  'The organisation whose products or services you are selling: AC 2.3 asks you to “match the organisation’s products and services to prospects business needs”, so name what it offers.';

export const OFFER_HINT = 'The products or services you could offer these prospects, with their main features.';

export const PROSPECTS_PROMPT =
  'The assessor guidance asks you to “identify and confirm at least two prospects who are interested in their organisation’s products and/or services”. For each, say how you found them and how you confirmed their interest.';

export const IDENTIFIED_HINT = 'How the lead came to you and why it qualifies as a prospect: what you checked (need, budget, authority, timing).';
export const INTEREST_HINT = 'What they said or did that shows they are interested, e.g. “asked for a demonstration for their three sites”.';
export const DMU_HINT =
  'The unit asks you to “research and understand the key individuals within the decision-making unit (DMU)”: who decides, who influences, who buys, who uses it, and any gatekeeper.';
export const ACCESS_HINT = 'The unit’s “ways to identify and access the right person/decision makers”: an introduction, a shared connection, the gatekeeper won over, a follow-up call.';

export const MEETINGS_PROMPT =
  'The guidance asks you to “arrange sales meetings with both prospects”. Give each meeting’s date, how and where it will be held, and how it was formally confirmed (the unit: “How to formally confirm a sales meeting with prospects”).';

export const CONFIRMED_HOW_HINT = 'For example: a calendar invitation accepted, an email confirming the date, time, place and agenda, a letter.';

export const MATCH_PROMPT =
  'The guidance asks for “a match of the organisation’s products and/or services to each prospects business needs”. For each need: the product or service and the feature that meets it, and the benefit to this prospect.';

export const MATCH_HINTS = {
  need: 'A business need of theirs, in their terms: a problem, a goal, a risk.',
  evidence: 'How you know: what they told you, their website or report, the CRM, a colleague.',
  offer: 'The product or service, and the feature of it that meets this need.',
  benefit: 'What the feature does for them: time, money, risk, growth. Say it as a benefit statement.',
} as const;

export const DIALOGUE_PROMPT =
  'The guidance asks you to “prepare a dialogue framework (including questions) for the two meetings that is customised to each of the prospects’ business needs and individual preferences”.';

export const DIALOGUE_HINTS = {
  preparedDate: 'When you prepared it: before the meeting (the guidance: “prepare for them in advance”).',
  preferences: 'How this person likes to do business: detail or headlines, formal or relaxed, figures or stories, how long they have, who else will be there.',
  tailoring: 'What you have changed for this prospect: which needs you lead with, the questions you chose, how you will present to suit their preferences.',
  opening: 'How you will open: introductions, the purpose of the meeting, an agenda and the time it will take.',
  presentation: 'The product or service features and the benefit statements you will make, linked to their needs.',
  objections:
    'The objections you expect, and your first answer to each. Prepare them in full with the Objection preparation worksheet (unit L3C2).',
  close: 'How you will close: summarise, check for concerns, ask for the commitment you want.',
  nextStep: 'The next step you will agree: a proposal, a trial, a second meeting with the decider, a date.',
} as const;

export const QUESTIONS_PROMPT =
  'The unit: “The ways that a range of questions need to be prepared and why each type is important, e.g., open, closed, probing questions. Demonstrate value. Commitment questions. Potential customer concerns.”';

export const QUESTION_PURPOSE_HINT = 'What you want to find out, or why you ask it.';
