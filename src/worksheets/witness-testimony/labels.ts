import type { AssessorDecision, AssessorQualification, Relationship } from './model';

export const RELATIONSHIP_LABELS = {
  'line-manager': 'Line manager',
  'senior-colleague': 'Senior colleague',
  colleague: 'Colleague',
  customer: 'Customer',
  'trainer-coach-mentor': 'Trainer, coach or mentor',
  other: 'Other',
} as const satisfies Record<Relationship, string>;

export const ASSESSOR_QUALIFICATION_LABELS = {
  yes: 'Yes',
  no: 'No',
} as const satisfies Record<AssessorQualification, string>;

export const DECISION_LABELS = {
  accepted: 'Accepted as evidence',
  'not-accepted': 'Not accepted',
} as const satisfies Record<AssessorDecision, string>;
