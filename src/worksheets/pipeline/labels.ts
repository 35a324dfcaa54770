import type { ContactFrequency } from './model';

/** How often the learner plans to contact a prospect, in words. */
export const CONTACT_LABELS = {
  '': 'Not planned',
  daily: 'Daily',
  'twice-weekly': 'Twice a week',
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Every three months',
} as const satisfies Record<ContactFrequency, string>;
