/**
 * Prompts drawn from the indicative content and assessor guidance of unit L3C4 Plan Sales
 * Activities (seed 003, lines 1278–1360, guidance from 1348). Quoted words are the specification's;
 * the rest is the toolkit's own plain English.
 */

export const PLAN_PROMPT =
  'The assessor guidance asks you to “evidence planning their sales activities over at least a one-month period”. Start with your organisation, the personal sales target the plan is to achieve (your SMART targets are in the SMART objective writer) and the plan’s dates.';

export const TARGET_HINT = 'For example: “Win £12,000 of new annual contracts from dental practices in Devon by 31 March”.';
export const TARGET_VALUE_HINT = 'In pounds, if your target has a value: it lets the budget be set against it.';

export const CUSTOMERS_PROMPT =
  'The unit asks how to “prioritise customers and prospects, according to their potential value and probability of a sale”. List the customers and prospects you will work on this month: the list is ranked by value × probability, highest first.';

/** Taking the list from a pipeline document is a later step (issue 20): for now the learner types it. */
export const PIPELINE_NOTE = 'If you keep a pipeline in the Pipeline conversion calculator, copy its prioritised prospects here. (Bringing them across in one step is planned.)';

export const ACTIVITIES_PROMPT =
  'Plan each activity for a customer or prospect on your list: when, how you will contact them (“in-person, phone, email, social media, webinars, direct mail etc.”), what you want to achieve from the contact and the hours it needs. As the month runs, log what became of each.';

export const OBJECTIVE_HINT = 'What you want to achieve from this contact: “Book a demo with the practice manager”, not “call them”.';
export const METHOD_HINT = 'Could a video call achieve the same with less time and spend?';

export const RESOURCES_PROMPT =
  'The guidance says “the planning evidence must include an estimate of resources and budget required to complete the activities”. First the time: your working week, less the hours other obligations take, against the hours your activities need each week. Then the costs, by kind.';

export const OBLIGATIONS_HINT = 'Team meetings, admin and CRM updates, training, account management, travel between visits …';
export const COSTS_HINT = 'Mileage (miles × the rate per mile), samples, event tickets, printed materials, hospitality, data or tools.';

export const CONSULTATION_PROMPT =
  'The guidance asks you to “consult with at least one colleague when finalising their plans. This may be their line manager or a colleague in their team.” Say who, when, what they said and how you adjusted the plan.';

export const INDICATORS_PROMPT =
  'The guidance asks you to “state the indicators that they are using to measure the success of their planning activities”. The unit suggests “KPI’s, cost/profit ratios; growth targets; budget/target ratios; recording and reporting mechanisms; manager / stakeholder agreement”. Agree each with your manager, then log figures as the month runs.';

export const ISSUES_PROMPT =
  'The guidance asks you to “analyse at least two potential issues that may affect the achievement of planned activities”: “anticipate/identify potential problems; find appropriate solutions to problems”.';

export const EVALUATION_PROMPT =
  'The guidance asks you to “evaluate their personal sales planning in the context of their own organisation’s requirements”. The unit lists “organisation practices for monitoring and controlling sales activities; organisation evaluation requirements; organisation success requirements; if plan off track - actions required; internal comms procedures; recording and reporting”.';

export const REQUIREMENTS_HINT = 'What your organisation expects: how plans are written and signed off, what is reported, to whom and how often, what counts as success.';
export const EVALUATION_HINT = 'How well did your planning work against those requirements? What went to plan, what did not and why, using your indicators and the chart.';
export const OFF_TRACK_HINT = 'What you did or will do when the plan slipped, and what you will plan differently next month.';
