import type { InterestMethod, LeadSource, MeetingFormat, QuestionType } from './model';

/** Where a lead came from, in the words of the unit's indicative content (LO1) where it names them. */
export const LEAD_SOURCE_LABELS = {
  networking: 'Networking',
  referral: 'Referral or introduction',
  enquiry: 'Their enquiry to us',
  marketing: 'Marketing campaign',
  internet: 'Internet or sector information',
  'trade-journal': 'Trade journal',
  'social-media': 'Social media or an online group',
  event: 'Event or trade show',
  crm: 'Our CRM or past customers',
  other: 'Another source',
} as const satisfies Record<LeadSource, string>;

export const INTEREST_METHOD_LABELS = {
  call: 'Phone call',
  email: 'Email',
  'in-person': 'In person',
  video: 'Video call',
  event: 'At an event',
  form: 'Web form or online enquiry',
  other: 'Another way',
} as const satisfies Record<InterestMethod, string>;

export const MEETING_FORMAT_LABELS = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone call',
} as const satisfies Record<MeetingFormat, string>;

/** The question types the unit names (LO2 indicative content). */
export const QUESTION_TYPE_LABELS = {
  open: 'Open',
  probing: 'Probing',
  closed: 'Closed',
  value: 'Demonstrating value',
  commitment: 'Commitment',
  concerns: 'Potential customer concerns',
} as const satisfies Record<QuestionType, string>;
