import { formatCount, formatMoney, formatOneDecimal, formatPercent, formatTyped } from './format';
import { MAX_SCORE, type Criterion, type NamedStage, type PipelineData, type Prospect, type Review, type Stage } from './model';
import { isIsoDate } from '../../lib/dates';
import { listInWords } from '../../lib/text-list';

/**
 * The pipeline calculator's pure calculations: counts, conversion ratios, the bottleneck, the
 * backwards planner, prospect scoring and ranking, pipeline health and review history. Anything
 * that cannot be calculated comes back with a plain-English reason instead of NaN or Infinity.
 */

export type Checked<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** A stage's name for messages and tables; an unnamed stage is called by its position. */
export const stageLabel = (stage: Stage | undefined, index: number): string => stage?.name.trim() || `Stage ${index + 1}`;

/** What is wrong with the dated period, or null when it is a real range. */
export function periodProblem(start: string, end: string): string | null {
  if (!start || !end) return 'Enter the first and last day of the period your counts cover.';
  if (!isIsoDate(start) || !isIsoDate(end)) return 'Enter the period as real dates.';
  if (end < start) return 'The period ends before it starts: check the two dates.';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Counts and conversion ratios (AC 2.1)
// ---------------------------------------------------------------------------------------------

/** What is wrong with one stage count as typed, or null when it is a whole number of 0 or more. */
export function countProblem(count: number | null): string | null {
  if (count === null) return 'Enter a count (0 if nobody reached this stage).';
  if (count < 0) return `A count cannot be negative (you entered ${formatTyped(count)}).`;
  if (!Number.isInteger(count)) return `A count must be a whole number (you entered ${formatTyped(count)}).`;
  return null;
}

/** The message for each stage's count (same order as the stages), including a count that rises down the funnel. */
export function stageCountProblems(stages: Stage[]): Array<string | null> {
  return stages.map((stage, i) => {
    const own = countProblem(stage.count);
    if (own) return own;
    const previous = stages[i - 1];
    if (previous && previous.count !== null && countProblem(previous.count) === null && (stage.count ?? 0) > previous.count) {
      return `This is more than ${stageLabel(previous, i - 1)} (${formatCount(previous.count)}). Count everyone who reached each stage in the period: no stage can hold more than the stage before it.`;
    }
    return null;
  });
}

export type Ratio =
  | {
      ok: true;
      fromName: string;
      toName: string;
      numerator: number;
      denominator: number;
      fraction: number;
      working: string;
      /** Set when a count it rests on rises above the stage before it: the ratio divides, but the counts need checking. */
      warning?: string;
    }
  | { ok: false; fromName: string; toName: string; reason: string };

/** "12 / 200 = 6.0 %, 1 in 16.7", or "0 / 200 = 0.0 %, none converted". */
export function ratioWorking(numerator: number, denominator: number): string {
  const base = `${formatCount(numerator)} / ${formatCount(denominator)} = ${formatPercent(numerator / denominator)}`;
  return numerator === 0 ? `${base}, none converted` : `${base}, 1 in ${formatOneDecimal(denominator / numerator)}`;
}

/** Conversion from one stage to a later one: the later count ÷ the earlier count, with its working. */
export function conversionRatio(stages: Stage[], fromIndex: number, toIndex: number): Ratio {
  const from = stages[fromIndex];
  const to = stages[toIndex];
  const fromName = stageLabel(from, fromIndex);
  const toName = stageLabel(to, toIndex);
  const fail = (reason: string): Ratio => ({ ok: false, fromName, toName, reason });
  if (!from || !to) return fail('One of these stages no longer exists.');
  if (fromIndex >= toIndex) return fail(`${toName} must come after ${fromName} in your stages.`);
  const fromProblem = countProblem(from.count);
  if (fromProblem) return fail(`The ${fromName} count needs fixing first: ${fromProblem}`);
  const toProblem = countProblem(to.count);
  if (toProblem) return fail(`The ${toName} count needs fixing first: ${toProblem}`);
  const denominator = from.count as number;
  const numerator = to.count as number;
  if (numerator > denominator) {
    return fail(
      `${toName} (${formatCount(numerator)}) is more than ${fromName} (${formatCount(denominator)}): a later stage cannot hold more than an earlier one, so check both counts.`,
    );
  }
  if (denominator === 0) {
    return fail(`There were no ${fromName} in the period, so there is nothing to divide by: a ratio needs at least one ${fromName}.`);
  }
  const rises = risesWithin(stages, fromIndex, toIndex);
  return {
    ok: true,
    fromName,
    toName,
    numerator,
    denominator,
    fraction: numerator / denominator,
    working: ratioWorking(numerator, denominator),
    ...(rises.length ? { warning: `Check the counts before relying on this ratio: ${listInWords(rises)}.` } : {}),
  };
}

/** "Prospect (250) is more than Lead (200)" for each stage from `fromIndex` to `toIndex` whose count rises above the one before. */
function risesWithin(stages: Stage[], fromIndex: number, toIndex: number): string[] {
  const rises: string[] = [];
  for (let i = Math.max(fromIndex, 1); i <= toIndex; i += 1) {
    const stage = stages[i]!;
    const previous = stages[i - 1]!;
    if (countProblem(stage.count) || countProblem(previous.count)) continue;
    if ((stage.count as number) > (previous.count as number)) {
      rises.push(`${stageLabel(stage, i)} (${formatCount(stage.count as number)}) is more than ${stageLabel(previous, i - 1)} (${formatCount(previous.count as number)})`);
    }
  }
  return rises;
}

const indexOfStage = (data: PipelineData, id: string) => (id ? data.stages.findIndex((s) => s.id === id) : -1);

/** Index of the learner's customer (won) stage, or -1 when none is chosen. */
export const customerIndex = (data: PipelineData): number => indexOfStage(data, data.namedStages.customer);

const NAMED_WORD: Record<NamedStage, string> = { lead: 'lead', prospect: 'prospect', proposal: 'proposal', customer: 'customer' };

/** The three ratios the unit names (L3C5 indicative content 2), in the assessor guidance's order. */
export const NAMED_RATIOS = [
  { from: 'prospect', title: 'Prospect to customer' },
  { from: 'lead', title: 'Lead to customer' },
  { from: 'proposal', title: 'Proposal to customer' },
] as const satisfies ReadonlyArray<{ from: Exclude<NamedStage, 'customer'>; title: string }>;

/** One of the unit's named ratios, from the stage the learner chose for it to their customer stage. */
export function namedRatio(data: PipelineData, from: Exclude<NamedStage, 'customer'>): Ratio {
  const fromIndex = indexOfStage(data, data.namedStages[from]);
  const toIndex = customerIndex(data);
  const fromName = fromIndex >= 0 ? stageLabel(data.stages[fromIndex], fromIndex) : NAMED_WORD[from];
  const toName = toIndex >= 0 ? stageLabel(data.stages[toIndex], toIndex) : 'customer';
  if (fromIndex < 0) return { ok: false, fromName, toName, reason: `Choose which of your stages is your ${NAMED_WORD[from]} stage.` };
  if (toIndex < 0) return { ok: false, fromName, toName, reason: 'Choose which of your stages is your customer (won) stage.' };
  if (fromIndex >= toIndex) {
    return { ok: false, fromName, toName, reason: `Your ${NAMED_WORD[from]} stage (${fromName}) must come before your customer stage (${toName}).` };
  }
  return conversionRatio(data.stages, fromIndex, toIndex);
}

export type StageConversion = {
  index: number;
  name: string;
  /** To the next stage; null for the last stage. */
  toNext: Ratio | null;
  /** To the customer stage; null for the customer stage and any after it. */
  toCustomer: Ratio | null;
};

/** Every stage's conversion to the next stage and to the customer stage. */
export function stageConversions(data: PipelineData): StageConversion[] {
  const customer = customerIndex(data);
  return data.stages.map((stage, index) => ({
    index,
    name: stageLabel(stage, index),
    toNext: index < data.stages.length - 1 ? conversionRatio(data.stages, index, index + 1) : null,
    toCustomer: customer > index ? conversionRatio(data.stages, index, customer) : null,
  }));
}

export type Bottleneck = Checked<{ fromIndex: number; ratio: Extract<Ratio, { ok: true }> }>;

/** The step up to the customer stage with the lowest conversion to the next stage (the first, on a tie). */
export function findBottleneck(data: PipelineData): Bottleneck {
  const customer = customerIndex(data);
  const end = customer >= 0 ? customer : data.stages.length - 1;
  if (end < 1) return { ok: false, reason: 'Add at least two stages, and choose your customer stage, to find the bottleneck.' };
  let best: { fromIndex: number; ratio: Extract<Ratio, { ok: true }> } | null = null;
  for (let i = 0; i < end; i += 1) {
    const ratio = conversionRatio(data.stages, i, i + 1);
    if (!ratio.ok) {
      return { ok: false, reason: `The bottleneck can be named once every step can be calculated. ${ratio.fromName} → ${ratio.toName}: ${ratio.reason}` };
    }
    if (!best || ratio.fraction < best.ratio.fraction) best = { fromIndex: i, ratio };
  }
  return best ? { ok: true, ...best } : { ok: false, reason: 'Add at least two stages to find the bottleneck.' };
}

// ---------------------------------------------------------------------------------------------
// Backwards planner
// ---------------------------------------------------------------------------------------------

/** The smallest whole number at a stage that, converted at numerator / denominator, reaches `customers`. */
export function neededAtStage(customers: number, numerator: number, denominator: number): number {
  const product = customers * denominator;
  let needed = Math.floor(product / numerator);
  // Integer arithmetic guards against floating-point rounding either way.
  while (needed * numerator < product) needed += 1;
  while (needed > 0 && (needed - 1) * numerator >= product) needed -= 1;
  return needed;
}

export type CustomersNeeded = Checked<{ customers: number; working: string }>;

/** How many customers the target means: the customer target itself, or revenue ÷ average deal value rounded up. */
export function customersNeeded(planner: PipelineData['planner']): CustomersNeeded {
  if (planner.targetKind === 'customers') {
    const target = planner.targetCustomers;
    if (target === null) return { ok: false, reason: 'Enter your target number of new customers.' };
    if (target < 1) return { ok: false, reason: 'The target must be at least 1 customer.' };
    if (!Number.isInteger(target)) return { ok: false, reason: `A target number of customers must be a whole number (you entered ${formatTyped(target)}).` };
    return { ok: true, customers: target, working: `Target: ${formatCount(target)} new customers` };
  }
  const revenue = planner.targetRevenue;
  const average = planner.averageDealValue;
  if (revenue === null) return { ok: false, reason: 'Enter your revenue target in pounds.' };
  if (revenue <= 0) return { ok: false, reason: 'The revenue target must be more than £0.' };
  if (average === null) return { ok: false, reason: 'Enter your average deal value, so the revenue target can be turned into customers.' };
  if (average <= 0) return { ok: false, reason: 'The average deal value must be more than £0: the target is divided by it.' };
  const exact = revenue / average;
  const customers = Math.abs(exact - Math.round(exact)) < 1e-9 ? Math.round(exact) : Math.ceil(exact);
  const rounding = customers === exact ? '' : `, rounded up to ${formatCount(customers)}`;
  return {
    ok: true,
    customers,
    working: `${formatMoney(revenue)} ÷ ${formatMoney(average)} average deal = ${formatOneDecimal(exact)}${rounding} new customers`,
  };
}

export type PlanRow = { index: number; name: string; result: Checked<{ needed: number; working: string }> };

/** Runs the to-customer ratios backwards: how many must enter each stage before the customer stage to reach the target. */
export function planBackwards(data: PipelineData): { customers: CustomersNeeded; rows: PlanRow[] } {
  const customers = customersNeeded(data.planner);
  const customer = customerIndex(data);
  if (customer < 0) return { customers, rows: [] };
  const rows: PlanRow[] = data.stages.slice(0, customer).map((stage, index) => {
    const name = stageLabel(stage, index);
    if (!customers.ok) return { index, name, result: { ok: false, reason: 'Set a target first.' } };
    const ratio = conversionRatio(data.stages, index, customer);
    if (!ratio.ok) return { index, name, result: { ok: false, reason: ratio.reason } };
    if (ratio.numerator === 0) {
      return {
        index,
        name,
        result: { ok: false, reason: `None of your ${name} became customers in the period, so no number of ${name} can be worked back from it.` },
      };
    }
    const needed = neededAtStage(customers.customers, ratio.numerator, ratio.denominator);
    const exact = (customers.customers * ratio.denominator) / ratio.numerator;
    const rounding = needed === exact ? '' : ` = ${formatOneDecimal(exact)}, rounded up`;
    return {
      index,
      name,
      result: {
        ok: true,
        needed,
        working: `${formatCount(customers.customers)} customers ÷ ${formatPercent(ratio.fraction)} (${formatCount(ratio.numerator)} / ${formatCount(ratio.denominator)})${rounding} = ${formatCount(needed)}`,
      },
    };
  });
  return { customers, rows };
}

// ---------------------------------------------------------------------------------------------
// Criteria, likelihood and priority (AC 2.2, 2.3)
// ---------------------------------------------------------------------------------------------

/** What is wrong with one criterion's weight as typed. */
export function weightProblem(weight: number | null): string | null {
  if (weight === null) return 'Enter a weight (0 or more).';
  if (weight < 0) return `A weight cannot be negative (you entered ${formatTyped(weight)}).`;
  return null;
}

/** Criteria the learner has named; blank rows are ignored. */
export const namedCriteria = (criteria: Criterion[]): Criterion[] => criteria.filter((c) => c.name.trim() !== '');

/** A problem with the set of criteria that stops any prospect being scored, or null. */
export function criteriaProblem(criteria: Criterion[]): string | null {
  const named = namedCriteria(criteria);
  if (named.length === 0) return 'Name at least one criterion to score prospects against.';
  const badWeight = named.find((c) => weightProblem(c.weight) !== null);
  if (badWeight) return `Fix the weight of ${badWeight.name.trim()}: ${weightProblem(badWeight.weight)}`;
  const total = named.reduce((sum, c) => sum + (c.weight ?? 0), 0);
  if (total <= 0) return 'The weights add up to 0, so no prospect can be scored: give at least one criterion a weight above 0.';
  return null;
}

export type Likelihood = Checked<{ fraction: number; points: number; possible: number; working: string }>;

/** Likelihood of conversion: Σ score × weight ÷ (5 × Σ weight), over the named criteria. */
export function likelihoodOf(scores: Record<string, number | null>, criteria: Criterion[], withWorking = true): Likelihood {
  const problem = criteriaProblem(criteria);
  if (problem) return { ok: false, reason: problem };
  const named = namedCriteria(criteria);
  const missing = named.filter((c) => scores[c.id] === null || scores[c.id] === undefined).map((c) => c.name.trim());
  if (missing.length) return { ok: false, reason: `Not yet scored on ${listInWords(missing)}.` };
  let points = 0;
  let totalWeight = 0;
  const terms: string[] = [];
  for (const c of named) {
    const score = scores[c.id] as number;
    const weight = c.weight as number;
    points += score * weight;
    totalWeight += weight;
    if (withWorking) terms.push(`${score}×${formatTyped(weight)}`);
  }
  const possible = MAX_SCORE * totalWeight;
  const fraction = points / possible;
  return {
    ok: true,
    fraction,
    points,
    possible,
    working: withWorking ? `score × weight: ${terms.join(' + ')} = ${formatOneDecimal(points)} of ${formatOneDecimal(possible)} = ${formatPercent(fraction)}` : '',
  };
}

/** What is wrong with a deal value as typed (an empty value is not an error, just not ranked yet). */
export function valueProblem(value: number | null): string | null {
  return value !== null && value < 0 ? `A deal value cannot be negative (you entered ${formatTyped(value)}).` : null;
}

/** What is wrong with planned hours as typed. */
export function hoursProblem(hours: number | null): string | null {
  return hours !== null && hours < 0 ? `Planned time cannot be negative (you entered ${formatTyped(hours)}).` : null;
}

export const isNamedProspect = (p: Prospect) => p.name.trim() !== '';

export type RankedProspect = {
  prospect: Prospect;
  index: number;
  stageName: string;
  likelihood: number;
  value: number;
  weightedValue: number;
  rank: number;
};

/** Is this prospect still open (before the customer stage)? Prospects with no known stage count as open. */
const isOpen = (data: PipelineData, stageIndex: number) => {
  const customer = customerIndex(data);
  return customer < 0 || stageIndex < 0 || stageIndex < customer;
};

/**
 * Open, named prospects ranked by likelihood of conversion (L3C5 2.3: "based on the likelihood of
 * conversion to customer"), the higher deal value first where two are equally likely, then the order
 * entered; ties on both share a rank. Weighted value is kept beside it. The rest come back with why.
 */
export function rankProspects(data: PipelineData): {
  ranked: RankedProspect[];
  notRanked: Array<{ prospect: Prospect; index: number; reason: string }>;
} {
  const stageIndexById = new Map(data.stages.map((s, i) => [s.id, i]));
  const ranked: RankedProspect[] = [];
  const notRanked: Array<{ prospect: Prospect; index: number; reason: string }> = [];
  data.prospects.forEach((prospect, index) => {
    if (!isNamedProspect(prospect)) return;
    const stageIndex = stageIndexById.get(prospect.stageId) ?? -1;
    const stageName = stageIndex >= 0 ? stageLabel(data.stages[stageIndex], stageIndex) : 'No stage';
    if (!isOpen(data, stageIndex)) {
      notRanked.push({ prospect, index, reason: `Won: at the ${stageName} stage, so no longer prioritised.` });
      return;
    }
    if (prospect.value === null) {
      notRanked.push({ prospect, index, reason: 'Enter a deal value to rank this prospect.' });
      return;
    }
    const badValue = valueProblem(prospect.value);
    if (badValue) {
      notRanked.push({ prospect, index, reason: badValue });
      return;
    }
    const likelihood = likelihoodOf(prospect.scores, data.criteria, false);
    if (!likelihood.ok) {
      notRanked.push({ prospect, index, reason: likelihood.reason });
      return;
    }
    ranked.push({
      prospect,
      index,
      stageName,
      likelihood: likelihood.fraction,
      value: prospect.value,
      weightedValue: prospect.value * likelihood.fraction,
      rank: 0,
    });
  });
  ranked.sort((a, b) => b.likelihood - a.likelihood || b.value - a.value || a.index - b.index);
  ranked.forEach((entry, i) => {
    const previous = ranked[i - 1];
    entry.rank = previous && previous.likelihood === entry.likelihood && previous.value === entry.value ? previous.rank : i + 1;
  });
  return { ranked, notRanked };
}

/** Is the prospect's time and effort planned: hours, contact frequency and a next action? */
export const hasEffortPlanned = (p: Prospect): boolean =>
  p.hoursPerMonth !== null && p.hoursPerMonth >= 0 && p.contactFrequency !== '' && p.nextAction.trim() !== '';

/** Planned hours a month on open prospects against the hours available, in words. */
export function effortSummary(data: PipelineData): { plannedHours: number; text: string; isOver: boolean } {
  const plannedHours = data.prospects
    .filter((p) => isNamedProspect(p) && p.hoursPerMonth !== null && p.hoursPerMonth > 0)
    .reduce((sum, p) => sum + (p.hoursPerMonth ?? 0), 0);
  const available = data.planner.availableHoursPerMonth;
  const planned = `You plan ${formatOneDecimal(plannedHours)} hours a month on your prospects`;
  if (available === null || available < 0) return { plannedHours, text: `${planned}. Enter the hours you have available to compare.`, isOver: false };
  const difference = plannedHours - available;
  if (difference > 0) {
    return {
      plannedHours,
      isOver: true,
      text: `${planned}, ${formatOneDecimal(difference)} more than the ${formatOneDecimal(available)} you have: move time from the lowest-priority prospects.`,
    };
  }
  return { plannedHours, isOver: false, text: `${planned} of the ${formatOneDecimal(available)} you have available.` };
}

// ---------------------------------------------------------------------------------------------
// Pipeline health
// ---------------------------------------------------------------------------------------------

/** What is wrong with a stage's own win probability as typed (blank is allowed: the counts are used). */
export function probabilityProblem(probability: number | null): string | null {
  if (probability === null) return null;
  return probability < 0 || probability > 100 ? `A probability is a percentage from 0 to 100 (you entered ${formatTyped(probability)}).` : null;
}

/** The chance of winning a deal at this stage: the learner's own figure, or the stage's conversion to customer. */
export function stageWinProbability(data: PipelineData, index: number): Checked<{ fraction: number; source: string }> {
  const stage = data.stages[index];
  const name = stageLabel(stage, index);
  if (!stage) return { ok: false, reason: 'This stage no longer exists.' };
  if (stage.probability !== null) {
    const problem = probabilityProblem(stage.probability);
    if (problem) return { ok: false, reason: `${name}: ${problem}` };
    return { ok: true, fraction: stage.probability / 100, source: 'your estimate' };
  }
  const customer = customerIndex(data);
  if (customer < 0) return { ok: false, reason: 'Choose your customer stage first.' };
  if (index >= customer) return { ok: true, fraction: 1, source: 'won' };
  const ratio = conversionRatio(data.stages, index, customer);
  if (!ratio.ok) return { ok: false, reason: `The chance of winning at ${name} comes from its conversion to customer, which cannot be calculated yet: ${ratio.reason}` };
  return { ok: true, fraction: ratio.fraction, source: `${name} → ${ratio.toName} from your counts` };
}

type OpenDeal = { prospect: Prospect; stageIndex: number; value: number };

const openDeals = (data: PipelineData): OpenDeal[] => {
  const stageIndexById = new Map(data.stages.map((s, i) => [s.id, i]));
  const customer = customerIndex(data);
  return data.prospects.flatMap((prospect) => {
    const stageIndex = stageIndexById.get(prospect.stageId) ?? -1;
    if (!isNamedProspect(prospect) || stageIndex < 0 || (customer >= 0 && stageIndex >= customer)) return [];
    if (prospect.value === null || prospect.value < 0) return [];
    return [{ prospect, stageIndex, value: prospect.value }];
  });
};

/** The revenue target in pounds: the revenue target itself, or customers × average deal value. */
export function revenueTarget(planner: PipelineData['planner']): Checked<{ value: number; working: string }> {
  if (planner.targetKind === 'revenue') {
    if (planner.targetRevenue === null || planner.targetRevenue <= 0) return { ok: false, reason: 'Enter a revenue target above £0 in the planner.' };
    return { ok: true, value: planner.targetRevenue, working: formatMoney(planner.targetRevenue) };
  }
  const customers = customersNeeded(planner);
  if (!customers.ok) return { ok: false, reason: customers.reason };
  const average = planner.averageDealValue;
  if (average === null || average <= 0) return { ok: false, reason: 'Enter an average deal value above £0 in the planner to turn your customer target into pounds.' };
  const value = customers.customers * average;
  return { ok: true, value, working: `${formatCount(customers.customers)} customers × ${formatMoney(average)}` };
}

export type Health = {
  openCount: number;
  openValue: number;
  weighted: Checked<{ value: number; working: string }>;
  coverage: Checked<{ ratio: number; working: string }>;
};

/** Weighted pipeline value and coverage of the target, each with its working (sales velocity: velocity.ts). */
export function pipelineHealth(data: PipelineData): Health {
  const deals = openDeals(data);
  const openValue = deals.reduce((sum, d) => sum + d.value, 0);
  const openCount = deals.length;
  const noDeals = 'Add open prospects with a stage and a deal value first.';

  let weighted: Health['weighted'];
  if (openCount === 0) weighted = { ok: false, reason: noDeals };
  else {
    const byStage = new Map<number, number>();
    for (const d of deals) byStage.set(d.stageIndex, (byStage.get(d.stageIndex) ?? 0) + d.value);
    const lines: string[] = [];
    let total = 0;
    let failure: string | null = null;
    for (const [stageIndex, value] of [...byStage.entries()].sort((a, b) => a[0] - b[0])) {
      const probability = stageWinProbability(data, stageIndex);
      if (!probability.ok) {
        failure = probability.reason;
        break;
      }
      const part = value * probability.fraction;
      total += part;
      lines.push(`${stageLabel(data.stages[stageIndex], stageIndex)}: ${formatMoney(value)} × ${formatPercent(probability.fraction)} = ${formatMoney(part)}`);
    }
    weighted = failure ? { ok: false, reason: failure } : { ok: true, value: total, working: `${lines.join('; ')}. Total ${formatMoney(total)}` };
  }

  const target = revenueTarget(data.planner);
  let coverage: Health['coverage'];
  if (openCount === 0) coverage = { ok: false, reason: noDeals };
  else if (!target.ok) coverage = { ok: false, reason: target.reason };
  else {
    const ratio = openValue / target.value;
    coverage = {
      ok: true,
      ratio,
      working: `${formatMoney(openValue)} open pipeline ÷ ${formatMoney(target.value)} target${target.working === formatMoney(target.value) ? '' : ` (${target.working})`} = ${formatOneDecimal(ratio)} × the target`,
    };
  }

  return { openCount, openValue, weighted, coverage };
}

// ---------------------------------------------------------------------------------------------
// Reviews and stage progress (AC 2.2, 3.2)
// ---------------------------------------------------------------------------------------------

/** A review entry's likelihood, over the criteria that existed when it was recorded and still do. */
export function reviewLikelihood(entry: Pick<Review['entries'][number], 'scores'>, criteria: Criterion[], withWorking = true): Likelihood {
  const recorded = criteria.filter((c) => c.id in entry.scores);
  if (namedCriteria(recorded).length === 0) return { ok: false, reason: 'Scored on criteria that have since been removed.' };
  return likelihoodOf(entry.scores, recorded, withWorking);
}

/** Reviews with a real date, oldest first (entry order kept for the same date). */
export const datedReviews = (data: PipelineData): Review[] =>
  data.reviews
    .map((review, order) => ({ review, order }))
    .filter(({ review }) => isIsoDate(review.date))
    .sort((a, b) => a.review.date.localeCompare(b.review.date) || a.order - b.order)
    .map(({ review }) => review);

/** How many prospects a review scored on every criterion. */
export const prospectsScoredIn = (review: Review, criteria: Criterion[]): number =>
  review.entries.filter((e) => reviewLikelihood(e, criteria, false).ok).length;

export type ReviewHistoryRow = { prospectId: string; name: string; values: Array<number | null> };

/** Each prospect's likelihood (0–1) at each dated review, oldest review first; null where not scored. */
export function reviewHistory(data: PipelineData): { reviews: Review[]; rows: ReviewHistoryRow[] } {
  const reviews = datedReviews(data);
  const lookups = reviews.map((r) => new Map(r.entries.map((e) => [e.prospectId, e])));
  const rows = data.prospects
    .filter(isNamedProspect)
    .map((prospect) => ({
      prospectId: prospect.id,
      name: prospect.name.trim(),
      values: lookups.map((lookup) => {
        const entry = lookup.get(prospect.id);
        if (!entry) return null;
        const likelihood = reviewLikelihood(entry, data.criteria, false);
        return likelihood.ok ? likelihood.fraction : null;
      }),
    }))
    .filter((row) => row.values.some((v) => v !== null));
  return { reviews, rows };
}

export type StageProgress = { forwardMoves: number; isProgressed: boolean; steps: Array<{ date: string; stageName: string }> };

/** A prospect's dated stage changes in date order, and how many moved it forward. Two forward moves show it progressed. */
export function stageProgress(prospect: Prospect, stages: Stage[]): StageProgress {
  const indexById = new Map(stages.map((s, i) => [s.id, i]));
  const dated = prospect.stageHistory
    .map((change, order) => ({ change, order, stageIndex: indexById.get(change.stageId) ?? -1 }))
    .filter((c) => c.stageIndex >= 0 && isIsoDate(c.change.date))
    .sort((a, b) => a.change.date.localeCompare(b.change.date) || a.order - b.order);
  let forwardMoves = 0;
  dated.forEach((c, i) => {
    const previous = dated[i - 1];
    if (previous && c.stageIndex > previous.stageIndex) forwardMoves += 1;
  });
  return {
    forwardMoves,
    isProgressed: forwardMoves >= 2,
    steps: dated.map((c) => ({ date: c.change.date, stageName: stageLabel(stages[c.stageIndex], c.stageIndex) })),
  };
}
