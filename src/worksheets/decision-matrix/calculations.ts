import { cellKey, type DecisionData, type Scale } from './model';
import { listInWords } from '../../lib/text-list';
import { formatNumber, formatPercent, numberOrNull } from '../../lib/numbers';

/**
 * The weighted decision matrix: reading typed scores and weights, weighted totals, ranking with
 * ties, the winning margin and how sensitive the winner is to each weight. Pure; no React.
 *
 * A weighted total is Σ (weightⱼ / Σ weights) × scoreⱼ, so it is on the same scale as the scores
 * (e.g. 3.8 out of 5) and multiplying every weight by the same number changes nothing.
 */

export type ScaleRange = { min: number; max: number };

export const SCALE_RANGES: Record<Scale, ScaleRange> = { '1-5': { min: 1, max: 5 }, '1-10': { min: 1, max: 10 }, '0-10': { min: 0, max: 10 } };

/** A margin below this share of the winner's total is too small to call. */
export const CLEAR_WINNER_MARGIN = 0.1;
/** A weight whose share can move by less than this (as a fraction of all the weight) before the winner changes is fragile. */
export const FRAGILE_SHARE_CHANGE = 0.05;

/** What is wrong with a typed score on this scale, in plain English, or null when it is a valid score or still blank. */
export function scoreProblem(raw: string, scale: Scale): string | null {
  if (raw.trim() === '') return null;
  const { min, max } = SCALE_RANGES[scale];
  const value = numberOrNull(raw);
  if (value === null || !Number.isInteger(value) || value < min || value > max) {
    return `Use a whole number from ${min} to ${max}.`;
  }
  return null;
}

/** What is wrong with a typed weight, or null when it is a valid weight or still blank. */
export function weightProblem(raw: string): string | null {
  if (raw.trim() === '') return null;
  const value = numberOrNull(raw);
  if (value === null) return 'Use a number, such as 3 or 0.25.';
  if (value < 0) return 'A weight cannot be negative.';
  return null;
}

/** Equal within floating-point rounding, so 0.1 + 0.2 and 0.3 tie. */
export const nearlyEqual = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

// ---------------------------------------------------------------------------------------------
// The arithmetic on plain numbers: scores[option][criterion], weights[criterion] (not all zero).

/** Weighted totals, one per option, on the scale of the scores. */
export function weightedTotals(scores: number[][], weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return scores.map((row) => row.reduce((total, score, j) => total + ((weights[j] ?? 0) / sum) * score, 0));
}

export type Ranked = { index: number; total: number; rank: number; isTied: boolean };

/** Options best first; equal totals share a rank (1, 1, 3) and are flagged as tied; ties keep the learner's order. */
export function rankTotals(totals: number[]): Ranked[] {
  const order = totals.map((total, index) => ({ index, total })).sort((a, b) => (nearlyEqual(a.total, b.total) ? a.index - b.index : b.total - a.total));
  let rank = 0;
  return order.map((entry, position) => {
    const previous = order[position - 1];
    if (!previous || !nearlyEqual(previous.total, entry.total)) rank = position + 1;
    const isTied = order.some((other) => other.index !== entry.index && nearlyEqual(other.total, entry.total));
    return { ...entry, rank, isTied };
  });
}

/** Where moving one weight makes other options draw level with the winner: the weight, its share of all weight, and every option that does. */
export type Threshold = { weight: number; share: number; rivalIndexes: number[] };

export type WeightSensitivity = {
  criterionIndex: number;
  weight: number;
  share: number;
  /** The weight this criterion can rise to before the winner changes, or null if no rise changes it. */
  up: Threshold | null;
  /** The weight it can fall to before the winner changes, or null if it can fall to zero without changing it. */
  down: Threshold | null;
  /** The winner changes if this criterion's share of the weight moves by less than FRAGILE_SHARE_CHANGE. */
  isFragile: boolean;
};

/**
 * How far one criterion's weight can move, the others held fixed, before another option draws level
 * with the winner. With the others fixed, option i's total is (Aᵢ + x·sᵢₖ) / (W₋ₖ + x) for weight x;
 * the denominator is shared, so the winner w is overtaken where Aᵢ + x·sᵢₖ = A_w + x·s_wₖ, that is
 * at x = (A_w − Aᵢ) / (sᵢₖ − s_wₖ): above the current weight if i scores higher on this criterion,
 * below it if lower (and only if that point is not below zero), never if they score the same.
 */
export function weightSensitivity(scores: number[][], weights: number[], criterionIndex: number, winner: number): WeightSensitivity {
  const weight = weights[criterionIndex] ?? 0;
  const othersSum = weights.reduce((sum, w, j) => (j === criterionIndex ? sum : sum + w), 0);
  const restOf = (row: number[]) => row.reduce((sum, s, j) => (j === criterionIndex ? sum : sum + (weights[j] ?? 0) * s), 0);
  const winnerRow = scores[winner] ?? [];
  const winnerRest = restOf(winnerRow);
  const winnerScore = winnerRow[criterionIndex] ?? 0;
  const shareAt = (x: number) => x / (othersSum + x);

  let up: Threshold | null = null;
  let down: Threshold | null = null;
  // The nearest crossing wins; options crossing at the same weight all draw level there together.
  const nearer = (current: Threshold | null, crossing: number, i: number, isCloser: boolean): Threshold =>
    current && nearlyEqual(current.weight, crossing)
      ? { ...current, rivalIndexes: [...current.rivalIndexes, i] }
      : !current || isCloser
        ? { weight: crossing, share: shareAt(crossing), rivalIndexes: [i] }
        : current;
  for (const [i, row] of scores.entries()) {
    if (i === winner) continue;
    const scoreGap = (row[criterionIndex] ?? 0) - winnerScore;
    if (scoreGap === 0) continue;
    const crossing = (winnerRest - restOf(row)) / scoreGap;
    if (scoreGap > 0) {
      up = nearer(up, crossing, i, up !== null && crossing < up.weight);
    } else if (crossing >= 0 && !(crossing === 0 && othersSum === 0)) {
      // At zero with no other weight there is no matrix left, so that is not a change of winner.
      down = nearer(down, crossing, i, down !== null && crossing > down.weight);
    }
  }
  const share = shareAt(weight);
  const isFragile = [up, down].some((t) => t !== null && Math.abs(t.share - share) < FRAGILE_SHARE_CHANGE);
  return { criterionIndex, weight, share, up, down, isFragile };
}

// ---------------------------------------------------------------------------------------------
// The matrix as the learner typed it.

export type OptionResult = {
  optionId: string;
  name: string;
  total: number;
  /** Each criterion's part of the total (share of weight × score), in criteria order; they add up to the total. */
  contributions: number[];
  rank: number;
  isTied: boolean;
};

export type CriterionWeight = { criterionId: string; name: string; weight: number; share: number };

export type CriterionSensitivity = Omit<WeightSensitivity, 'up' | 'down'> & {
  criterionId: string;
  name: string;
  up: (Threshold & { rivals: string[] }) | null;
  down: (Threshold & { rivals: string[] }) | null;
};

export type MatrixEvaluation =
  | { status: 'incomplete'; problems: string[] }
  | {
      status: 'complete';
      scale: ScaleRange;
      weights: CriterionWeight[];
      /** Best first. */
      results: OptionResult[];
      /** The single best option, or null when two or more tie at the top. */
      winner: OptionResult | null;
      runnerUp: OptionResult | null;
      /** Winner's total minus the runner-up's (0 on a tie at the top). */
      margin: number;
      /** False on a tie at the top or when the margin is under CLEAR_WINNER_MARGIN of the winner's total. */
      isClearWinner: boolean;
      /** Per criterion, or empty when there is no single winner to test. */
      sensitivity: CriterionSensitivity[];
      /** No clear winner, or some weight is fragile. */
      isFragile: boolean;
    };

const quoted = (name: string) => `“${name}”`;
const optionLabel = (name: string, index: number) => (name.trim() ? quoted(name.trim()) : `Option ${index + 1}`);
const criterionLabel = (name: string, index: number) => (name.trim() ? quoted(name.trim()) : `criterion ${index + 1}`);

function duplicateNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  for (const name of names) {
    const key = name.trim().toLocaleLowerCase();
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // Named once each, as first typed.
  const duplicates = new Map<string, string>();
  for (const name of names) {
    const key = name.trim().toLocaleLowerCase();
    if ((seen.get(key) ?? 0) > 1 && !duplicates.has(key)) duplicates.set(key, name.trim());
  }
  return [...duplicates.values()];
}

/**
 * Everything the matrix shows. Any problem (a missing or out-of-scale score, a bad weight, a
 * missing or repeated name) gives a list of plain-English problems and no ranking at all, so a
 * half-filled matrix never looks decided.
 */
export function evaluateMatrix(data: Pick<DecisionData, 'options' | 'criteria' | 'cells' | 'scale'>): MatrixEvaluation {
  const { options, criteria, cells, scale } = data;
  const range = SCALE_RANGES[scale];
  const problems: string[] = [];
  if (options.length < 2) problems.push('Add at least two options to compare.');
  if (criteria.length < 1) problems.push('Add at least one criterion with a weight.');

  const unnamedOptions = options.flatMap((o, i) => (o.name.trim() ? [] : [`Option ${i + 1}`]));
  if (unnamedOptions.length) problems.push(`Give ${listInWords(unnamedOptions, { limit: 4 })} a name.`);
  const unnamedCriteria = criteria.flatMap((c, i) => (c.name.trim() ? [] : [`criterion ${i + 1}`]));
  if (unnamedCriteria.length) problems.push(`Give ${listInWords(unnamedCriteria, { limit: 4 })} a name.`);
  for (const name of duplicateNames(options.map((o) => o.name))) {
    problems.push(`Two options are called ${quoted(name)}: give each option a different name.`);
  }
  for (const name of duplicateNames(criteria.map((c) => c.name))) {
    problems.push(`Two criteria are called ${quoted(name)}: give each criterion a different name.`);
  }

  const weights = criteria.map((criterion, j) => {
    const label = criterionLabel(criterion.name, j);
    if (criterion.weight.trim() === '') {
      problems.push(`Give ${label} a weight.`);
      return 0;
    }
    const problem = weightProblem(criterion.weight);
    if (problem) problems.push(`The weight of ${label} is “${criterion.weight.trim()}”. ${problem}`);
    return problem ? 0 : (numberOrNull(criterion.weight) ?? 0);
  });
  const allWeightsGiven = criteria.length > 0 && criteria.every((c) => c.weight.trim() !== '' && weightProblem(c.weight) === null);
  if (allWeightsGiven && weights.every((w) => w === 0)) problems.push('All the weights are zero: give at least one criterion a weight above zero.');

  const missing: string[] = [];
  const scores = options.map((option, i) =>
    criteria.map((criterion, j) => {
      const where = `${optionLabel(option.name, i)} on ${criterionLabel(criterion.name, j)}`;
      const raw = cells[cellKey(option.id, criterion.id)]?.score ?? '';
      if (raw.trim() === '') {
        missing.push(where);
        return 0;
      }
      const problem = scoreProblem(raw, scale);
      if (problem) problems.push(`The score of ${where} is “${raw.trim()}”. ${problem}`);
      return problem ? 0 : (numberOrNull(raw) ?? 0);
    }),
  );
  if (missing.length) problems.push(`${missing.length === 1 ? 'One cell has' : `${missing.length} cells have`} no score yet: ${listInWords(missing, { limit: 4 })}.`);

  if (problems.length) return { status: 'incomplete', problems };

  const sum = weights.reduce((a, b) => a + b, 0);
  const weightRows: CriterionWeight[] = criteria.map((c, j) => ({ criterionId: c.id, name: c.name.trim(), weight: weights[j]!, share: weights[j]! / sum }));
  const totals = weightedTotals(scores, weights);
  const results: OptionResult[] = rankTotals(totals).map(({ index, total, rank, isTied }) => ({
    optionId: options[index]!.id,
    name: options[index]!.name.trim(),
    total,
    contributions: scores[index]!.map((s, j) => weightRows[j]!.share * s),
    rank,
    isTied,
  }));
  const top = results[0]!;
  const winner = top.isTied ? null : top;
  const runnerUp = results[1] ?? null;
  const margin = winner && runnerUp ? winner.total - runnerUp.total : 0;
  const isClearWinner = winner !== null && winner.total > 0 && margin >= CLEAR_WINNER_MARGIN * winner.total;

  const winnerOptionIndex = winner ? options.findIndex((o) => o.id === winner.optionId) : -1;
  const sensitivity: CriterionSensitivity[] =
    winnerOptionIndex < 0
      ? []
      : criteria.map((c, j) => {
          const s = weightSensitivity(scores, weights, j, winnerOptionIndex);
          const named = (t: Threshold | null) => (t ? { ...t, rivals: t.rivalIndexes.map((i) => options[i]!.name.trim()) } : null);
          return { ...s, criterionId: c.id, name: c.name.trim(), up: named(s.up), down: named(s.down) };
        });
  return {
    status: 'complete',
    scale: range,
    weights: weightRows,
    results,
    winner,
    runnerUp,
    margin,
    isClearWinner,
    sensitivity,
    isFragile: !isClearWinner || sensitivity.some((s) => s.isFragile),
  };
}

/** The decision in one sentence: who won and by how much, or why nobody clearly did. */
export function verdict(evaluation: Extract<MatrixEvaluation, { status: 'complete' }>): string {
  const { winner, runnerUp, margin, isClearWinner, scale, results } = evaluation;
  if (!winner) {
    const tied = results.filter((r) => r.rank === 1).map((r) => quoted(r.name));
    return `No clear winner: ${listInWords(tied, { limit: 12 })} tie at the top with ${formatNumber(results[0]!.total)} out of ${scale.max}.`;
  }
  const lead = `${quoted(winner.name)} scores highest with ${formatNumber(winner.total)} out of ${scale.max}`;
  if (!runnerUp) return `${lead}.`;
  const gap = `${formatNumber(margin)} ahead of ${quoted(runnerUp.name)} (${formatPercent(winner.total > 0 ? margin / winner.total : 0)} of its score)`;
  return isClearWinner
    ? `${lead}, ${gap}.`
    : `No clear winner: ${lead}, but only ${gap}; a margin under ${formatPercent(CLEAR_WINNER_MARGIN, { decimals: 0 })} is too small to call.`;
}

/** "to 9 (64.3 %): “C” draws level", or "… “A”, “B” and “C” draw level" when several do at once. */
const thresholdText = (t: NonNullable<CriterionSensitivity['up']>) =>
  `to ${formatNumber(t.weight)} (${formatPercent(t.share)}): ${listInWords(t.rivals.map(quoted), { limit: 12 })} ${t.rivals.length > 1 ? 'draw' : 'draws'} level`;

/** The rise a weight can take, for a table cell, e.g. "to 9 (64.3 %): “C” draws level". */
export const riseText = (s: CriterionSensitivity) => (s.up ? thresholdText(s.up) : 'Any rise: winner unchanged');

/** The fall a weight can take, for a table cell. */
export const fallText = (s: CriterionSensitivity) => (s.down ? thresholdText(s.down) : 'Down to 0: winner unchanged');

/** The decision's robustness in one sentence. */
export function robustnessText(evaluation: Extract<MatrixEvaluation, { status: 'complete' }>): string {
  if (!evaluation.winner) return 'There is no single winner, so there is nothing to test: look again at the scores and weights, or add a criterion that separates the tied options.';
  const fragile = evaluation.sensitivity.filter((s) => s.isFragile).map((s) => `“${s.name}”`);
  if (fragile.length) {
    return `Fragile: moving the weight of ${listInWords(fragile, { conjunction: 'or' })} by less than ${formatPercent(FRAGILE_SHARE_CHANGE, { decimals: 0 })} of all the weight would change the winner.`;
  }
  return evaluation.isClearWinner
    ? `Robust: to change the winner, any one weight would have to move by ${formatPercent(FRAGILE_SHARE_CHANGE, { decimals: 0 })} of all the weight or more.`
    : `No single weight is fragile, but the winning margin is too small to call.`;
}
