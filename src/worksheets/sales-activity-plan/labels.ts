import type { AccountKind, ContactMethod, CostKind, Likelihood, Outcome } from './model';

export const ACCOUNT_KIND_LABELS = { customer: 'Existing customer', prospect: 'Prospect' } as const satisfies Record<AccountKind, string>;

/** The unit's contact methods (LO2 indicative content), with video calls and events. */
export const CONTACT_METHOD_LABELS = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video call',
  email: 'Email',
  'social-media': 'Social media',
  webinar: 'Webinar',
  'direct-mail': 'Direct mail',
  event: 'Event or exhibition',
  other: 'Another method',
} as const satisfies Record<ContactMethod, string>;

export const OUTCOME_LABELS = { done: 'Done', moved: 'Moved to another date', cancelled: 'Cancelled' } as const satisfies Record<Outcome, string>;

export const COST_KIND_LABELS = {
  travel: 'Travel',
  samples: 'Samples',
  events: 'Events',
  materials: 'Materials',
  hospitality: 'Hospitality',
  'digital-tools': 'Digital tools and data',
  other: 'Other',
} as const satisfies Record<CostKind, string>;

export const LIKELIHOOD_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const satisfies Record<Likelihood, string>;

/** A kind's words, "Kind not chosen" for ''. */
export const costKindLabel = (kind: CostKind | '') => (kind ? COST_KIND_LABELS[kind] : 'Kind not chosen');
