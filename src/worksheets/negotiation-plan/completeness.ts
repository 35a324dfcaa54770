import type { ChecklistItem } from '../../lib/evidence-types';
import { missingObserverDetails } from '../../lib/observer';
import { checkLimits, concessionTotals, readAmount } from './calculations';
import { hasText, type Negotiation, type NegotiationPlanData, type Observed } from './model';

/** The assessor guidance's numbers (seed 003, L3C3, guidance from line 1271). */
export const MIN_NEGOTIATIONS = 2; // LO2: "prepare and conduct at least two sales negotiations with customers"
export const MIN_MICRO_CLOSES = 2; // LO2: "at least two micro closes in each sales negotiation"

const GUIDANCE_LO2 = 'L3C3 assessor guidance, LO2';
const GUIDANCE_LO3 = 'L3C3 assessor guidance, LO3';

/** A part of one negotiation: the register path of its first field still to do, or null when done. */
export type Part = (n: Negotiation, path: `negotiations.${number}`) => string | null;

const firstMissing = (checks: Array<[boolean, string]>): string | null => checks.find(([isDone]) => !isDone)?.[1] ?? null;

export const describedPart: Part = (n, path) =>
  firstMissing([
    [hasText(n.customer), `${path}.customer`],
    [n.date !== '', `${path}.date`],
    [hasText(n.needs), `${path}.needs`],
    [hasText(n.offer), `${path}.offer`],
  ]);

export const limitsPart: Part = (n, path) => {
  const check = checkLimits(n);
  return firstMissing([
    [hasText(n.objective), `${path}.objective`],
    [hasText(n.limitsOn), `${path}.limitsOn`],
    [n.direction !== '', `${path}.direction`],
    [check.kind !== 'unreadable', `${path}.${check.kind === 'unreadable' ? check.field : 'ideal'}`],
    [hasText(n.ideal), `${path}.ideal`],
    [hasText(n.target), `${path}.target`],
    [hasText(n.walkAway), `${path}.walkAway`],
    [check.kind === 'ok', `${path}.ideal`],
  ]);
};

export const concessionsPart: Part = (n, path) => {
  if (concessionTotals(n.concessions).rows.length > 0) return null;
  const index = Math.max(0, n.concessions.findIndex((c) => hasText(c.what) || hasText(c.cost) || hasText(c.value)));
  const row = n.concessions[index];
  if (!row) return `${path}.concessions`;
  return (
    firstMissing([
      [hasText(row.what), `${path}.concessions.${index}.what`],
      [readAmount(row.cost).ok, `${path}.concessions.${index}.cost`],
    ]) ?? `${path}.concessions.${index}.value`
  );
};

export const opportunitiesPart: Part = (n, path) => {
  if (n.opportunities.some((o) => o.kind !== '' && hasText(o.product) && hasText(o.question))) return null;
  const index = Math.max(0, n.opportunities.findIndex((o) => o.kind !== '' || hasText(o.product) || hasText(o.question)));
  const row = n.opportunities[index];
  if (!row) return `${path}.opportunities`;
  return (
    firstMissing([
      [row.kind !== '', `${path}.opportunities.${index}.kind`],
      [hasText(row.product), `${path}.opportunities.${index}.product`],
    ]) ?? `${path}.opportunities.${index}.question`
  );
};

export const strategyPart: Part = (n, path) =>
  firstMissing([
    [n.strategy !== '', `${path}.strategy`],
    [n.strategy !== 'other' || hasText(n.strategyOther), `${path}.strategyOther`],
    [hasText(n.strategyWhy), `${path}.strategyWhy`],
  ]);

const OBSERVER_FIELD_OF: Record<string, keyof Observed> = {
  'the date': 'date',
  'the observer’s name': 'observerName',
  'the observer’s role': 'observerRole',
  'the customer’s permission': 'customerPermission',
};
export const observerPart: Part = (n, path) => {
  const missing = missingObserverDetails(n.observed)[0];
  return missing ? `${path}.observed.${OBSERVER_FIELD_OF[missing] ?? 'date'}` : null;
};

const textPart =
  (...keys: Array<'winWin' | 'questionsAsked' | 'needsMatched' | 'verbalSignals' | 'nonVerbalSignals' | 'objections' | 'howClosed' | 'recordsUpdated'>): Part =>
  (n, path) =>
    firstMissing(keys.map((key) => [hasText(n.observed[key]), `${path}.observed.${key}`]));

const closesPart =
  (key: 'microCloses' | 'trialCloses', min: number): Part =>
  (n, path) => {
    const closes = n.observed[key];
    if (closes.filter((c) => hasText(c.said)).length >= min) return null;
    const empty = closes.findIndex((c) => !hasText(c.said));
    return empty >= 0 ? `${path}.observed.${key}.${empty}.said` : `${path}.observed.${key}`;
  };

export const closePart: Part = (n, path) =>
  firstMissing([
    [n.observed.closeTechnique !== '', `${path}.observed.closeTechnique`],
    [hasText(n.observed.howClosed), `${path}.observed.howClosed`],
  ]);

/** The records updated; where the observer is external, the line manager's confirmation of it too. */
export const recordsPart: Part = (n, path) => {
  const o = n.observed;
  return firstMissing([
    [hasText(o.recordsUpdated), `${path}.observed.recordsUpdated`],
    [!o.isObserverExternal || hasText(o.managerName), `${path}.observed.managerName`],
    [!o.isObserverExternal || o.managerDate !== '', `${path}.observed.managerDate`],
    [!o.isObserverExternal || o.isManagerConfirmed, `${path}.observed.isManagerConfirmed`],
  ]);
};

/** What a negotiation's observed conduct needs (its rules' parts): it folds on its page once all are done. */
export const CONDUCT_PARTS: Part[] = [observerPart, textPart('winWin'), textPart('questionsAsked'), textPart('needsMatched'), textPart('verbalSignals', 'nonVerbalSignals'), closesPart('microCloses', MIN_MICRO_CLOSES)];
/** What a negotiation's objections, closes and records need (its rules' parts). */
export const CLOSING_PARTS: Part[] = [textPart('objections'), closesPart('trialCloses', 1), closePart, recordsPart];

/** How many negotiations have `part` done, and the first field still to do in one that has not. */
export function partProgress(data: NegotiationPlanData, part: Part): { done: number; field?: string } {
  let done = 0;
  let field: string | undefined;
  data.negotiations.forEach((n, index) => {
    const missing = part(n, `negotiations.${index}`);
    if (missing === null) done += 1;
    else field ??= missing;
  });
  return { done, field };
}

type RuleSpec = { label: string; sections: string[]; part: Part; what: string; source: string };

function negotiationRule(data: NegotiationPlanData, { label, sections, part, what, source }: RuleSpec): ChecklistItem {
  const { done, field } = partProgress(data, part);
  const isMet = done >= MIN_NEGOTIATIONS;
  return {
    label,
    isMet,
    sections,
    source,
    ...(isMet ? {} : { detail: `${done} of ${MIN_NEGOTIATIONS} negotiations ${what}.` }),
    ...(isMet || !field ? {} : { field }),
  };
}

/** The assessor's minimums for L3C3 LO2 and LO3, each as a rule that is met or not yet, quoting where it comes from. */
export function negotiationPlanCompleteness(data: NegotiationPlanData): ChecklistItem[] {
  const rules: RuleSpec[] = [
    {
      label: `At least ${MIN_NEGOTIATIONS} sales negotiations with customers: each customer named, dated, with their needs and what you will offer (AC 2.1; guidance: “prepare and conduct at least two sales negotiations”)`,
      sections: ['negotiations'],
      part: describedPart,
      what: 'have the customer, the date, their needs and your offer',
      source: `${GUIDANCE_LO2}: “prepare and conduct at least two sales negotiations with customers”; indicative content: “identify what is important to the customer”`,
    },
    {
      label: 'Your objective for each negotiation and your limits: ideal, target and walk-away, in order (AC 2.1)',
      sections: ['limits'],
      part: limitsPart,
      what: 'have an objective and three limits in order',
      source: 'L3C3 AC 2.1 “Prepare for sales negotiations”; indicative content: “Kennedy’s LIM-it model”, “setting objectives”, “walkaway point”',
    },
    {
      label: 'The concessions you can trade in each negotiation, with their cost to you and value to the customer (AC 2.1, 2.4)',
      sections: ['concessions'],
      part: concessionsPart,
      what: 'have a concession with its cost to you and value to them',
      source: 'L3C3 AC 2.1; indicative content: “plan for trade-offs”, “concessions and trade-offs”',
    },
    {
      label: 'A cross- or up-selling opportunity for each negotiation, with the question you will ask (AC 2.3)',
      sections: ['opportunities'],
      part: opportunitiesPart,
      what: 'have an opportunity with its kind, product and question',
      source: `L3C3 AC 2.3; ${GUIDANCE_LO2}: “the cross and up-selling opportunities identified”`,
    },
    {
      label: 'The strategy chosen for each negotiation, and why it suits that customer (AC 2.1)',
      sections: ['strategy'],
      part: strategyPart,
      what: 'have a strategy chosen and why',
      source: 'L3C3 indicative content: “How to select suitable sales negotiation strategies according to the situation”',
    },
    {
      label: `Both negotiations observed by your line manager or a trainer, tutor, coach or mentor, dated, with the customer’s permission (AC 2.2; guidance: “observed by their line manager, or a trainer/tutor/coach/mentor … (with permission from the customer)”)`,
      sections: ['conduct'],
      part: observerPart,
      what: 'have the date, the observer, their role and the customer’s permission',
      source: `${GUIDANCE_LO2}: “observed by their line manager, or a trainer/tutor/coach/mentor and a record kept of what happened (with permission from the customer)”`,
    },
    {
      label: 'How you created a win-win in each negotiation (AC 2.4)',
      sections: ['conduct'],
      part: textPart('winWin'),
      what: 'record the win-win',
      source: `${GUIDANCE_LO2}: “how the learner created a win-win negotiation”`,
    },
    {
      label: 'The questions you asked about the cross- and up-selling opportunities (AC 2.3)',
      sections: ['conduct'],
      part: textPart('questionsAsked'),
      what: 'record the questions asked',
      source: `${GUIDANCE_LO2}: “the questions that they asked related to the cross and up-selling opportunities identified”`,
    },
    {
      label: 'How products or services were matched to the customer’s needs (AC 2.5)',
      sections: ['conduct'],
      part: textPart('needsMatched'),
      what: 'record the needs matched',
      source: `${GUIDANCE_LO2}: “how products/services were matched to customer needs”`,
    },
    {
      label: 'The verbal and the non-verbal buying signals, and how you responded to each (AC 2.6)',
      sections: ['conduct'],
      part: textPart('verbalSignals', 'nonVerbalSignals'),
      what: 'record both verbal and non-verbal signals',
      source: `${GUIDANCE_LO2}: “how both verbal and non-verbal buying signals were responded to”`,
    },
    {
      label: `At least ${MIN_MICRO_CLOSES} micro closes in each negotiation (AC 2.7)`,
      sections: ['conduct'],
      part: closesPart('microCloses', MIN_MICRO_CLOSES),
      what: `record ${MIN_MICRO_CLOSES} micro closes`,
      source: `${GUIDANCE_LO2}: “at least two micro closes in each sales negotiation”`,
    },
    {
      label: 'How you responded to the customer’s objections and concerns (AC 3.1)',
      sections: ['closing'],
      part: textPart('objections'),
      what: 'record the objections and your responses',
      source: `${GUIDANCE_LO3}: “how the learner responded to customer objections and concerns”`,
    },
    {
      label: 'A trial close applied in each negotiation (AC 3.2)',
      sections: ['closing'],
      part: closesPart('trialCloses', 1),
      what: 'record a trial close',
      source: `${GUIDANCE_LO3}: “applied trial closes”`,
    },
    {
      label: 'How you closed each sale: the close used and the outcome (AC 3.3)',
      sections: ['closing'],
      part: closePart,
      what: 'record the close and its outcome',
      source: `${GUIDANCE_LO3}: “closed the sales”`,
    },
    {
      label: 'The organisational records you updated with the outcome, confirmed by your line manager where the observer is external (AC 3.4)',
      sections: ['closing'],
      part: recordsPart,
      what: 'record the records updated (and the line manager’s confirmation where the observer is external)',
      source: `${GUIDANCE_LO3}: “updated relevant organisational records. The latter may require confirmation from the learner’s line manager if the observation is completed by an external trainer/tutor/coach/mentor”`,
    },
  ];
  return rules.map((spec) => negotiationRule(data, spec));
}

/**
 * Good practice beyond the specification's minimums: shown to the learner as advice and never
 * counted towards "complete". Each says why it helps.
 */
export function negotiationPlanGoodPractice(data: NegotiationPlanData): ChecklistItem[] {
  const planned = data.negotiations.filter((n) => hasText(n.customer));
  const every = (test: (n: Negotiation) => boolean) => planned.length > 0 && planned.every(test);
  const gp = (label: string, isMet: boolean, section: string, why: string): ChecklistItem => ({ label: `Good practice: ${label}`, isMet, sections: [section], detail: why });
  return [
    gp('room to negotiate between your ideal and your walk-away in each negotiation', every((n) => { const c = checkLimits(n); return c.kind === 'ok' && c.room > 0; }), 'limits', 'With the ideal equal to the walk-away there is nothing to trade.'),
    gp('every concession worth at least as much to the customer as it costs you', every((n) => { const t = concessionTotals(n.concessions); return t.rows.length > 0 && t.rows.every((r) => r.gain >= 0); }), 'concessions', 'Concessions that cost more than they are worth give margin away.'),
    gp('something asked in return for every concession', every((n) => n.concessions.filter((c) => hasText(c.what)).every((c) => hasText(c.inReturn))), 'concessions', 'A concession given for nothing invites the customer to ask for more.'),
    gp('at least two trial closes in each negotiation', every((n) => n.observed.trialCloses.filter((c) => hasText(c.said)).length >= 2), 'closing', 'A second trial close after handling an objection shows whether it is answered.'),
    gp('the observer’s comments on each negotiation', every((n) => hasText(n.observed.observerComments)), 'closing', 'Comments in the observer’s own words make the record stronger evidence.'),
  ];
}
