import type { FishboneCategory, Scale } from './model';

/** The labels of the decision record's choice lists, as the page and the PDF show them. */
export const SCALE_LABELS: Record<Scale, string> = {
  '1-5': '1 to 5 (1 = very poor, 5 = excellent)',
  '1-10': '1 to 10 (1 = very poor, 10 = excellent)',
  '0-10': '0 to 10 (0 = does not meet it at all, 10 = excellent)',
};

export const FISHBONE_LABELS: Record<FishboneCategory, string> = {
  people: 'People',
  process: 'Process',
  technology: 'Technology',
  environment: 'Environment',
  management: 'Management',
  materials: 'Materials and resources',
  measurement: 'Measurement and data',
};

/** As the select offers them: with what each kind of data is. */
export const DATA_TYPE_CHOICE_LABELS = { quantitative: 'Quantitative (numbers)', qualitative: 'Qualitative (views, words)' } as const;
export const DATA_TYPE_LABELS = { quantitative: 'Quantitative', qualitative: 'Qualitative', '': 'Type not chosen' } as const;
export const RECURRENCE_LABELS = { new: 'New', recurring: 'Recurring', '': 'Not given' } as const;
export const SEVERITY_LABELS = { low: 'Low', medium: 'Medium', high: 'High', '': 'Not given' } as const;
export const ANSWER_LABELS = {
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  declined: 'Declined',
  awaiting: 'Awaiting an answer',
  '': 'Not given',
} as const;
export const OWNER_KIND_LABELS = { me: 'Me', other: 'Another person', '': 'Not given' } as const;
export const STATUS_LABELS = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', '': 'Not given' } as const;
export const OUTCOME_LABELS = { fully: 'Fully resolved', partly: 'Partly resolved', not: 'Not resolved', '': 'Not given' } as const;
