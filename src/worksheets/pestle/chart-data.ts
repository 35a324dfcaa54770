import type { BarChartRow } from '../../lib/evidence-types';
import { rankForces } from './calculations';
import { directionLabel } from './labels';
import type { PestleData } from './model';

/** One colour per direction, on screen and in the PDF: an opportunity is green, a threat red, in both. */
export const DIRECTION_COLOURS: Readonly<Record<string, string>> = { Opportunity: '#1b6e3a', Threat: '#b3261e', 'Not marked': '#6b6b6b' };

/** The top-ranked forces as chart rows: label, impact × likelihood, and opportunity or threat. */
export function priorityChartRows(data: PestleData, limit = 12): BarChartRow[] {
  return rankForces(data)
    .slice(0, limit)
    .map(({ force, score }) => {
      const group = directionLabel(force);
      return { label: force.factor.trim(), value: score, group, ...(DIRECTION_COLOURS[group] ? { colour: DIRECTION_COLOURS[group] } : {}) };
    });
}

/** Highest possible priority score (impact 5 × likelihood 5): the chart's fixed scale. */
export const MAX_PRIORITY = 25;
