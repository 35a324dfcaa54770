/**
 * What each command verb of the specification's AC asks a learner to do, in plain words. These are
 * common assessor practice (the usual reading of command verbs in vocational qualifications), not
 * the specification's words: the workbook labels them so. Keyed by the verb in lower case; an AC's
 * verb is its first word ("Explain the importance…" → "explain").
 */
export type VerbGuide = {
  /** What the verb asks for, one or two sentences. */
  asks: string;
  /** True for verbs that ask for something done at work (a plan carried out, a meeting held), evidenced by a record rather than an essay. */
  isDoing?: boolean;
};

const doing = (asks: string): VerbGuide => ({ asks, isDoing: true });

export const VERBS: Readonly<Record<string, VerbGuide>> = {
  agree: doing('Reach an agreement with the people involved and record what was agreed, with whom and when.'),
  analyse: { asks: 'Break the topic into its parts, examine each, and say how they relate and what that shows. Go beyond describing: draw conclusions.' },
  apply: doing('Put the technique or knowledge into practice in a real situation, and show how you used it.'),
  arrange: doing('Organise it (a meeting, an appointment) and show what was arranged, with whom and when.'),
  assess: { asks: 'Weigh up strengths and weaknesses, or how far something is true or important, and reach a judgement.' },
  calculate: { asks: 'Work out the figures, showing each step of the working and the result.' },
  close: doing('Carry it through to its end with the customer, and show how and with what result.'),
  communicate: doing('Pass the information on to the people who need it, in a suitable way, and show that you did.'),
  compare: { asks: 'Say what is similar and what is different between the things, point by point.' },
  conduct: doing('Carry it out yourself, with real people, and keep a record of what happened.'),
  confirm: doing('Check and make sure with the people concerned, and record the confirmation.'),
  consult: doing('Ask the relevant people for their views or advice, and record what they said and what you did with it.'),
  create: doing('Produce something new of your own (a plan, a document) that can be kept as evidence.'),
  define: { asks: 'Give the precise meaning, clearly and briefly, in your own words.' },
  deliver: doing('Carry it out in front of, or for, real people, and keep a record of it.'),
  demonstrate: doing('Show it in practice, where an assessor or witness can observe it or a record proves it.'),
  describe: { asks: 'Give a detailed account of the features or steps: what it is, what happens, how. No judgement is needed.' },
  develop: doing('Build it up or produce it over time, and show what you produced or how it grew.'),
  estimate: { asks: 'Give an approximate figure, with how you reached it and what it assumes.' },
  evaluate: { asks: 'Judge the value or effectiveness: weigh strengths against weaknesses with evidence, and reach a reasoned conclusion.' },
  explain: { asks: 'Say how or why, giving reasons and examples, so that someone else understands it.' },
  explore: { asks: 'Look into the topic from different angles, considering the options and what each involves.' },
  gather: doing('Collect the information from its sources, and show what you collected and where from.'),
  generate: doing('Come up with a number of options or ideas of your own, and show them.'),
  identify: { asks: 'Name or pick out the relevant points; a short list or a few lines each is enough.' },
  implement: doing('Put the plan into action at work, and keep dated records of what you did.'),
  list: { asks: 'Give the items one after another, briefly, without explanation.' },
  maintain: doing('Keep it going over time, and show evidence from more than one point in time.'),
  make: doing('Produce or carry it out yourself, and keep the result or a record as evidence.'),
  match: doing('Fit one thing to the other (products to customer needs), and show how each fits.'),
  outline: { asks: 'Give the main points or features briefly, without detail.' },
  perform: doing('Do it in real working conditions, observed or witnessed, and keep a record.'),
  plan: doing('Work out in advance what you will do, how, when and with whom, and keep the plan as evidence.'),
  prepare: doing('Get everything ready in advance, and keep what you prepared as evidence.'),
  prioritise: doing('Put the tasks in order of importance or urgency, and say why that order.'),
  produce: doing('Create the document or item, and keep it as evidence.'),
  promote: doing('Actively encourage or support it in your work, and show examples of how you did.'),
  record: doing('Write down the details accurately, in the way your organisation requires, and keep the record.'),
  reflect: { asks: 'Think back on what happened and what you did, what went well, what you learned and what you would change.' },
  resolve: doing('Settle the problem or disagreement, and show what you did and the outcome.'),
  respond: doing('React to what the customer or colleague raised, and show what you said or did.'),
  review: { asks: 'Look back over it, consider what went well and what did not, and say what should change.', isDoing: true },
  seek: doing('Ask for it (feedback, support) from the right people, and record what you received.'),
  select: doing('Choose one from the options, and say why it was the best choice.'),
  specify: { asks: 'State exactly and in detail what is required.' },
  state: { asks: 'Say clearly and briefly, without explanation.' },
  summarise: { asks: 'Give the main points briefly, leaving out detail and examples.' },
  use: doing('Put it to work in a real situation, and show how you used it and with what result.'),
};

/** The command verb of an AC: its first word, in lower case. */
export const verbOf = (criterionText: string) => criterionText.trim().split(/\s+/)[0]?.toLowerCase() ?? '';

/** What the AC's verb asks for; a plain fallback for a verb not in the table (the test keeps every spec verb in it). */
export function verbGuide(criterionText: string): VerbGuide & { verb: string } {
  const verb = verbOf(criterionText);
  return { verb, ...(VERBS[verb] ?? { asks: 'Answer the criterion fully, in your own words, with examples from your work.' }) };
}
