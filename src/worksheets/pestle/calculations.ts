import { isDescribed, type Force, type PestleData } from './model';

/** Impact × likelihood (1–25), or null until both ratings are chosen. */
export function priorityScore(force: Pick<Force, 'impactRating' | 'likelihood'>): number | null {
  if (force.impactRating === null || force.likelihood === null) return null;
  return force.impactRating * force.likelihood;
}

export type RankedForce = { force: Force; kind: 'internal' | 'external'; score: number; rank: number };

/**
 * Every described, rated force, highest impact × likelihood first. Ties keep a stable order
 * (higher impact first, then the order the learner entered them) and share a rank.
 */
export function rankForces(data: PestleData): RankedForce[] {
  const scored = [
    ...data.external.map((force) => ({ force, kind: 'external' as const })),
    ...data.internal.map((force) => ({ force, kind: 'internal' as const })),
  ]
    .map((entry, order) => ({ ...entry, order, score: priorityScore(entry.force) }))
    .filter((entry): entry is typeof entry & { score: number } => entry.score !== null && isDescribed(entry.force));

  scored.sort(
    (a, b) => b.score - a.score || (b.force.impactRating ?? 0) - (a.force.impactRating ?? 0) || a.order - b.order,
  );
  let previousScore = Number.NaN;
  let rank = 0;
  return scored.map((entry, index) => {
    if (entry.score !== previousScore) rank = index + 1;
    previousScore = entry.score;
    return { force: entry.force, kind: entry.kind, score: entry.score, rank };
  });
}
