import type { Stage } from './model';

/**
 * What the ratios are waiting for, said once in neutral words, while no count has been entered
 * (a new pipeline): not a red "Cannot be calculated" under every box. Null once any count is in;
 * from then on each calculation gives its own reason.
 */
export function waitingForCounts(stages: readonly Pick<Stage, 'count'>[]): string | null {
  if (stages.some((stage) => stage.count !== null)) return null;
  return 'Worked out from your counts: enter how many reached each stage in section 1, “Your pipeline: the period and the counts”, and the ratios appear here.';
}
