import type { CloseTechnique, Direction, OpportunityKind, Strategy } from './model';

/** The strategies in the words of the unit's indicative content (LO1). */
export const STRATEGY_LABELS = {
  'tailored-preparation': 'Tailored preparation',
  'win-win': 'Win-win approach',
  relationships: 'Building strong relationships',
  'value-proposition': 'Value proposition',
  'anchoring-framing': 'Anchoring and framing',
  'concessions-trade-offs': 'Concessions and trade-offs',
  'problem-solving': 'Problem-solving',
  'time-pressure': 'Time pressure',
  'multiple-offers': 'Multiple offers',
  'walkaway-point': 'Walkaway point',
  'emotional-intelligence': 'Emotional intelligence',
  other: 'Another strategy',
} as const satisfies Record<Strategy, string>;

export const DIRECTION_LABELS = {
  higher: 'Higher is better for us (e.g. our price)',
  lower: 'Lower is better for us (e.g. a discount, payment days, a buyer’s price)',
} as const satisfies Record<Direction, string>;

export const OPPORTUNITY_LABELS = {
  'cross-sell': 'Cross-sell (another product or service)',
  'up-sell': 'Up-sell (a higher level of the same)',
  'add-on': 'Add-on',
} as const satisfies Record<OpportunityKind, string>;

export const OPPORTUNITY_SHORT = { 'cross-sell': 'Cross-sell', 'up-sell': 'Up-sell', 'add-on': 'Add-on' } as const satisfies Record<OpportunityKind, string>;

/** Closing techniques as the unit names them (LO3 indicative content), and two common others. */
export const CLOSE_TECHNIQUE_LABELS = {
  'ask-for-order': 'Asked for the order',
  objection: 'Objection close',
  dual: 'Dual (alternative) close',
  organisation: 'Organisation close',
  summary: 'Summary close',
  other: 'Another close',
} as const satisfies Record<CloseTechnique, string>;
