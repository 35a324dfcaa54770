import type { Basis, CustomerType, DataSource, DmuRole, MotivationTheory } from './model';

export const BASIS_LABELS: Record<Basis, string> = {
  demographic: 'Demographic',
  geographic: 'Geographic',
  psychographic: 'Psychographic',
  technographic: 'Technographic',
  behavioural: 'Behavioural',
  generational: 'Generational / life stage',
  occupation: 'Occupation',
  income: 'Income',
  industry: 'Industry (SIC code)',
  size: 'Size (staff, turnover)',
  location: 'Location',
  structure: 'Structure',
  'buying-process': 'Buying process and decision-making unit',
  'purchasing-criteria': 'Purchasing criteria',
};

export const DMU_ROLE_LABELS: Record<DmuRole, string> = {
  initiator: 'Initiator',
  user: 'User',
  influencer: 'Influencer',
  decider: 'Decider',
  buyer: 'Buyer',
  gatekeeper: 'Gatekeeper',
};

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, string> = {
  'price-conscious': 'Price-conscious',
  'quality-conscious': 'Quality-conscious',
  impulse: 'Impulse buyer',
  loyal: 'Loyal',
  'need-based': 'Need-based',
  discount: 'Discount seeker',
  wandering: 'Wandering (browsing, undecided)',
  friendly: 'Friendly (relationship-driven)',
  consultative: 'Consultative (wants expert advice)',
  other: 'Other',
};

export const DATA_SOURCE_LABELS: Record<DataSource, string> = {
  crm: 'CRM system',
  'sales-records': 'Sales records or invoices',
  survey: 'Customer survey',
  interview: 'Interview or conversation with the customer',
  'web-analytics': 'Website or e-commerce analytics',
  'account-notes': 'Account manager’s notes',
  other: 'Other',
};

export const MOTIVATION_THEORY_LABELS: Record<MotivationTheory, string> = {
  maslow: 'Maslow’s hierarchy of needs',
  herzberg: 'Herzberg’s two-factor theory',
  other: 'Another named theory',
  none: 'No theory used',
};

export const MARKET_LABELS = { b2c: 'Consumers (B2C)', b2b: 'Businesses (B2B)', '': 'Not chosen' } as const;

export const labelOr = <K extends string>(labels: Record<K, string>, value: K | '', fallback = 'Not given') =>
  value === '' ? fallback : labels[value];
