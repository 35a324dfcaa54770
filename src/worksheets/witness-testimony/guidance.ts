import type { GuidanceQuote } from '../../ui/AssessorNeeds';

/**
 * What the specification says about witness testimony (seed 003), and the toolkit's prompts. The
 * quotes are the spec's words; everything else here is the toolkit's.
 */
export const SPEC_QUOTES = {
  /** Line 443, under "Skills and behaviour criteria" (lines 441–445). */
  skills: { quote: 'Skills and behaviour criteria: … witness testimony', where: 'Specification, Qualification Assessment (examples of evidence)' },
  /** Line 508, in the Achievement Logs' list of assessment methods. */
  testimony: { quote: 'Testimony from senior colleagues/clients', where: 'Specification, Achievement Logs (assessment methods)' },
  /** Line 438. */
  mapped: {
    quote: 'Learner evidence within their Portfolio must be clearly mapped against the earning [learning] outcomes and assessment criteria',
    where: 'Specification, Qualification Assessment',
  },
} as const satisfies Record<string, GuidanceQuote>;

/** Where each kind of rule comes from, as the checklist prints it. */
export const RULE_SOURCE = {
  mapped: `${SPEC_QUOTES.mapped.where}: “${SPEC_QUOTES.mapped.quote}”`,
  testimony: `${SPEC_QUOTES.skills.where}: “witness testimony”; what a testimony must say (who, when, what they saw) is the toolkit’s reading`,
} as const;

export const UNIT_PROMPT =
  'Choose the unit, then the assessment criteria your witness saw you meet. Your assessor decides whether the testimony is enough for each one; a testimony usually sits beside other evidence, such as your plan or a reflective account.';

export const KNOWLEDGE_NOTE =
  'A “Understand…” outcome is about knowledge: the specification lists witness testimony as evidence for skills and behaviour criteria (“Be able to…” outcomes). Your assessor may still accept it.';

export const WITNESS_PROMPT =
  'The person who saw you at work: your line manager, a senior colleague, a colleague or a customer. They should not be your assessor for this qualification, and should have no personal interest in your result.';

export const OBSERVATION_PROMPT = 'When and where they saw what they describe. Give one date, or the first and last dates if they saw it over a period.';

export const ACCOUNT_HINT = 'In the witness’s own words: what they saw you do and say, and how the customer or colleague responded. Let them write it, or write what they tell you and ask them to check it.';

export const SIGN_OFF_PROMPT =
  'Print the PDF for your witness to read, sign and date. Your assessor records their decision on the printed copy, or here if they fill it in with you.';

/** The witness's declaration: the toolkit's wording, not the specification's (the spec sets none). */
export const WITNESS_DECLARATION =
  'I confirm that this is a true account of what I observed the learner do, that I saw it myself on the date(s) given, and that I am happy for the assessor to contact me to check it.';
export const DECLARATION_LABEL = 'Witness’s declaration (the toolkit’s wording; your centre may use its own)';

export const KNOWN_FOR_HINT = 'For example “two years, as their line manager”.';
export const CONTACT_HINT = 'Optional: an email address or phone number, so your assessor can check the testimony with them.';
