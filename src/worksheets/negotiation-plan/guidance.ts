/**
 * Prompts drawn from the indicative content and assessor guidance of unit L3C3 Negotiate and Close
 * Sales (seed 003, lines 1190–1277, guidance from 1271). Quoted words are the specification's; the
 * rest is the toolkit's own plain English.
 */

export const NEGOTIATIONS_PROMPT =
  'The assessor guidance asks you to “prepare and conduct at least two sales negotiations with customers”. For each, name the customer and say what is important to them: “identify what is important to the customer”.';
export const NEEDS_HINT = 'Their business needs and priorities, budget and timing, who decides, and what they use now. Say how you found out (questions, CRM, earlier meetings).';
export const OFFER_HINT = 'The products or services you will negotiate over, and how they meet the needs above (features and benefits).';

export const LIMITS_PROMPT =
  'Set your objectives and limits before you meet, as in “Kennedy’s LIM-it model”: the ideal you would Like, the target you Intend to reach, and the walk-away you Must have (your “walkaway point”). Knowing your walk-away is “knowing when to say ‘no’”.';
export const LIMITS_ON_HINT = 'The term you will negotiate, e.g. price per user a month, discount %, contract length in months, payment days.';

export const CONCESSIONS_PROMPT =
  '“Plan for trade-offs”: list what you could give, what it costs your organisation and what it is worth to the customer, and what you will ask for in return. The best concessions cost you little and are worth a lot to them: that is how a win-win protects “the profitability and integrity of the organisation”.';

export const OPPORTUNITIES_PROMPT =
  'The cross- and up-selling opportunities you could propose, each with the question you will ask to find out whether it fits: “questions relating to add-ons, up-selling, cross-selling, understanding the potential available”.';

export const STRATEGY_PROMPT =
  'Choose the strategy you will lead with for this customer and say why it suits them: “how to select suitable sales negotiation strategies according to the situation”.';

export const CONDUCT_PROMPT =
  'The guidance asks for the negotiations to be “observed by their line manager, or a trainer/tutor/coach/mentor and a record kept of what happened (with permission from the customer)”. Complete this record with your observer after each negotiation; they sign the PDF.';

export const CONDUCT_HINTS = {
  winWin: 'How you balanced “the needs of the organisation and those of the buyer”: what each side gained, and the positive, assertive behaviour you used.',
  questionsAsked: 'The questions you asked about the cross- and up-selling opportunities you identified, and what the customer said.',
  needsMatched: 'Each need you heard, and the product or service (feature and benefit) you matched to it.',
  verbalSignals: 'What the customer said that showed interest (e.g. “How soon could we start?”) and how you responded to reinforce the proposition.',
  nonVerbalSignals: 'What they did (nodding, leaning in, handling the sample, taking notes) and how you responded.',
  microCloses: 'Small agreements along the way that keep the customer “engaged and involved in the decision-making process”, e.g. “Does that sound fair?”. The guidance asks for “at least two micro closes in each sales negotiation”.',
} as const;

export const CLOSING_PROMPT =
  'The same observation record “should also capture how the learner responded to customer objections and concerns, applied trial closes, closed the sales and updated relevant organisational records”.';

export const CLOSING_HINTS = {
  objections: 'Each objection or concern, and how you responded: e.g. “reinstate the benefits, use questions to isolate lingering objection(s)”, and how you confirmed it was answered.',
  trialCloses: 'A confirmation question that tests readiness to buy, e.g. “If we can include the training, would you be ready to go ahead this month?”.',
  howClosed: 'What you said to close, what the customer agreed (or why not yet) and the next steps agreed.',
  recordsUpdated: 'Which records you updated (CRM, order, quote, forecast), with the outcome and any promises, “against company procedures”.',
} as const;

export const MANAGER_PROMPT = 'Updating the records “may require confirmation from the learner’s line manager if the observation is completed by an external trainer/tutor/coach/mentor”.';
