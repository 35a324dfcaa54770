import type { ActionAudience, BarrierLevel } from './model';

/** The words of the communication plan's choice lists, shared by page, PDF and spreadsheet. */
export const BARRIER_LEVEL_LABELS = {
  individual: 'Individual',
  team: 'Team',
  organisational: 'Organisational',
} as const satisfies Record<BarrierLevel, string>;

export const ACTION_AUDIENCE_LABELS = {
  colleagues: 'Colleagues',
  customers: 'Customers',
  both: 'Colleagues and customers',
} as const satisfies Record<ActionAudience, string>;

/** A choice's words, or "Not chosen" while it is blank. */
export const levelLabel = (level: BarrierLevel | '') => (level ? BARRIER_LEVEL_LABELS[level] : 'Not chosen');
export const actionAudienceLabel = (audience: ActionAudience | '') => (audience ? ACTION_AUDIENCE_LABELS[audience] : 'Not chosen');
