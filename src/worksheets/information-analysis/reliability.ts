import { CRITERIA, hasText, isAssessedSource, type Criterion, type Source } from './model';

/**
 * The reliability of the learner's sources (L3B5 AC 2.3): each scored 1–5 on five stated criteria,
 * totalled out of 25, ranked, and the best three chosen by the scores with the working shown.
 */

/** How many sources the guidance asks to be chosen: "the best three sources". */
export const BEST_COUNT = 3;
export const MAX_TOTAL = CRITERIA.length * 5;

/**
 * Ties are broken by a stated, stable rule: the higher accuracy score first, then the higher
 * currency score (the unit's LO1 asks for data checked "for accuracy and currency"), then the
 * source listed first.
 */
export const TIE_RULE = 'Equal totals are ordered by the higher accuracy score, then the higher currency score, then the source listed first.';

export type SourceScore = {
  source: Source;
  /** Its place in the list as the learner wrote it, from 0. */
  index: number;
  total: number;
  /** "4 + 5 + 3 + 4 + 4 = 20 of 25". */
  working: string;
};

export type RankedSource = SourceScore & {
  /** 1-based; equal totals still get different ranks, ordered by TIE_RULE. */
  rank: number;
  isChosen: boolean;
  /** Why it is above the next source when their totals are equal, or ''. */
  tieNote: string;
};

const scoreOf = (source: Source, criterion: Criterion) => Number(source.scores[criterion].score);

/** One assessed source's total, with the working; null while any criterion is unscored. */
export function sourceScore(source: Source, index = 0): SourceScore | null {
  if (!CRITERIA.every((c) => source.scores[c].score !== '')) return null;
  const scores = CRITERIA.map((c) => scoreOf(source, c));
  const total = scores.reduce((sum, s) => sum + s, 0);
  return { source, index, total, working: `${scores.join(' + ')} = ${total} of ${MAX_TOTAL}` };
}

/** Orders two scored sources: total, then accuracy, then currency, then the one listed first. */
export function compareScores(a: SourceScore, b: SourceScore): number {
  return b.total - a.total || scoreOf(b.source, 'accuracy') - scoreOf(a.source, 'accuracy') || scoreOf(b.source, 'currency') - scoreOf(a.source, 'currency') || a.index - b.index;
}

function tieNote(a: SourceScore, b: SourceScore | undefined): string {
  if (!b || a.total !== b.total) return '';
  const name = (s: SourceScore) => s.source.name.trim() || `Source ${s.index + 1}`;
  if (scoreOf(a.source, 'accuracy') !== scoreOf(b.source, 'accuracy')) return `Level with ${name(b)} on ${a.total}: placed above it for higher accuracy (${scoreOf(a.source, 'accuracy')} against ${scoreOf(b.source, 'accuracy')}).`;
  if (scoreOf(a.source, 'currency') !== scoreOf(b.source, 'currency')) return `Level with ${name(b)} on ${a.total}: placed above it for higher currency (${scoreOf(a.source, 'currency')} against ${scoreOf(b.source, 'currency')}).`;
  return `Level with ${name(b)} on ${a.total}, accuracy and currency: placed above it as it is listed first.`;
}

/** Sources that are named and scored on every criterion, ranked by TIE_RULE; the first three are chosen. */
export function rankSources(sources: readonly Source[]): RankedSource[] {
  const scored = sources
    .map((source, index) => (hasText(source.name) ? sourceScore(source, index) : null))
    .filter((s): s is SourceScore => s !== null)
    .sort(compareScores);
  return scored.map((s, i) => ({ ...s, rank: i + 1, isChosen: i < BEST_COUNT, tieNote: tieNote(s, scored[i + 1]) }));
}

/** The best three sources (fewer while fewer are scored), in rank order. */
export const bestSources = (sources: readonly Source[]): Source[] => rankSources(sources).filter((r) => r.isChosen).map((r) => r.source);

/**
 * The choice in words, e.g. "Chosen: CRM (22), ONS (20) and Trade body (19). Not chosen: the
 * highest, Forum (17), scores 2 below the third." Empty while fewer than four are ranked.
 */
export function choiceWorking(ranked: readonly RankedSource[]): string {
  const chosen = ranked.filter((r) => r.isChosen);
  const next = ranked.find((r) => !r.isChosen);
  const third = chosen.at(-1);
  if (!next || !third || chosen.length < BEST_COUNT) return '';
  const gap = third.total - next.total;
  const name = (s: SourceScore) => s.source.name.trim();
  return gap === 0
    ? `${name(next)} scores ${next.total}, the same as ${name(third)}: ${name(third)} is chosen by the tie rule. ${TIE_RULE}`
    : `The highest source not chosen, ${name(next)}, scores ${next.total}: ${gap} below the third chosen, ${name(third)} (${third.total}).`;
}

/** Sources started but not yet fully assessed (every criterion scored, each with a reason). */
export const unassessedSources = (sources: readonly Source[]) => sources.filter((s) => hasText(s.name) && !isAssessedSource(s));
