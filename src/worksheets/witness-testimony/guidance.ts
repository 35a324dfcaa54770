/** Prompts from the indicative content of unit L3C3; replace them with the unit's own. */
export const SITUATION_PROMPT = 'Name the organisation or the situation your evidence comes from.';
export const ANSWER_PROMPT = 'Answer the assessment criterion in your own words, with an example from your work.';
