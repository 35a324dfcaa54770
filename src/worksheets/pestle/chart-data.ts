import type { BarChartRow } from '../../lib/evidence-types';
import { rankForces } from './calculations';
import { directionLabel } from './labels';
import type { PestleData } from './model';

/** The top-ranked forces as chart rows: label, impact × likelihood, and opportunity or threat. */
export function priorityChartRows(data: PestleData, limit = 12): BarChartRow[] {
  return rankForces(data)
    .slice(0, limit)
    .map(({ force, score }) => ({ label: force.factor.trim(), value: score, group: directionLabel(force) }));
}

/** Highest possible priority score (impact 5 × likelihood 5): the chart's fixed scale. */
export const MAX_PRIORITY = 25;
