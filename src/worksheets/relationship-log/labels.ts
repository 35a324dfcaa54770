import type { Quadrant } from './calculations';
import type { ConfirmerRole, EvidenceKind, PersonKind, RelationshipState } from './model';

/** The words of the relationship log's choice lists, shared by page, PDF and spreadsheet. */
export const PERSON_KIND_LABELS = {
  colleague: 'Colleague in my sales team',
  internal: 'Stakeholder inside the organisation',
  external: 'Stakeholder outside the organisation',
} as const satisfies Record<PersonKind, string>;

export const RELATIONSHIP_STATE_LABELS = {
  strong: 'Strong',
  good: 'Good',
  developing: 'Developing',
  new: 'New',
  strained: 'Strained',
} as const satisfies Record<RelationshipState, string>;

export const EVIDENCE_KIND_LABELS = {
  email: 'Email correspondence',
  'joint-sale': 'A sale made by working together',
  'meeting-notes': 'Meeting notes or minutes',
  feedback: 'Feedback or thanks from them',
  'plan-or-deadline': 'A shared plan or deadline met',
  other: 'Other evidence',
} as const satisfies Record<EvidenceKind, string>;

export const CONFIRMER_ROLE_LABELS = {
  'line-manager': 'My line manager',
  'colleague-involved': 'The colleague involved',
  'other-colleague': 'Another colleague who saw it',
} as const satisfies Record<ConfirmerRole, string>;

/** A choice's words, or "Not chosen" while it is blank. */
export const labelOr = <K extends string>(labels: Readonly<Record<K, string>>, value: K | '') => (value ? labels[value] : 'Not chosen');

/** The stakeholder map's four parts, named for what each suggests (Mendelow's grid). */
export const QUADRANT_NAMES = {
  'manage-closely': 'Manage closely',
  'keep-satisfied': 'Keep satisfied',
  'keep-informed': 'Keep informed',
  monitor: 'Monitor',
} as const satisfies Record<Quadrant, string>;

/** Each part's name with the ratings that put someone there, for the PDF and spreadsheet. */
export const QUADRANT_LABELS = {
  'manage-closely': `${QUADRANT_NAMES['manage-closely']} (high influence, high interest)`,
  'keep-satisfied': `${QUADRANT_NAMES['keep-satisfied']} (high influence, lower interest)`,
  'keep-informed': `${QUADRANT_NAMES['keep-informed']} (lower influence, high interest)`,
  monitor: `${QUADRANT_NAMES.monitor} (lower influence, lower interest)`,
} as const satisfies Record<Quadrant, string>;
