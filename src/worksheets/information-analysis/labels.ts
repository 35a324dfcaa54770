import type { Area, Criterion, Dimension, Format, Level, Score, SourceKind, SourceType, Tool } from './model';

export const AREA_LABELS = { markets: 'Markets', customers: 'Customers', competitors: 'Competitors' } as const satisfies Record<Area, string>;

export const SOURCE_KIND_LABELS = { internal: 'Internal (inside your organisation)', external: 'External' } as const satisfies Record<SourceKind, string>;

/** The unit's sources (LO2 indicative content: "sector bodies, industry bodies, sector magazines, internet, companies house, networking events, colleagues, competitor websites, competitor sales brochures etc."), with internal records. */
export const SOURCE_TYPE_LABELS = {
  'sales-records': 'Our own sales records',
  crm: 'Our CRM',
  colleagues: 'Colleagues',
  'customer-feedback': 'Customer feedback or survey',
  'sector-body': 'Sector body',
  'industry-body': 'Industry body',
  'sector-magazine': 'Sector magazine',
  internet: 'Internet',
  'companies-house': 'Companies House',
  'government-statistics': 'Government statistics (e.g. ONS)',
  'networking-event': 'Networking event',
  'competitor-website': 'Competitor website',
  'competitor-brochure': 'Competitor sales brochure',
  other: 'Another source',
} as const satisfies Record<SourceType, string>;

export const CRITERION_LABELS = {
  currency: 'Currency',
  accuracy: 'Accuracy',
  authority: 'Authority',
  relevance: 'Relevance',
  sufficiency: 'Sufficiency',
} as const satisfies Record<Criterion, string>;

/** The question each criterion asks of a source, shown as the hint beside its score. */
export const CRITERION_QUESTIONS = {
  currency: 'How up to date is it, and how often is it updated?',
  accuracy: 'How accurate is it: where and how was it collected, and can it be checked?',
  authority: 'Who produced it: how expert and trustworthy are they, and could they be biased?',
  relevance: 'How closely does it match the information you need, for your market?',
  sufficiency: 'Is there enough of it: coverage, sample size and detail?',
} as const satisfies Record<Criterion, string>;

export const SCORE_LABELS = { '1': '1 – poor', '2': '2 – weak', '3': '3 – fair', '4': '4 – good', '5': '5 – excellent' } as const satisfies Record<Score, string>;

export const TOOL_LABELS = {
  trend: 'Trend over time: moving average and change %',
  shares: 'Shares of sales',
  pareto: 'Top-N and Pareto (80/20)',
  comparison: 'Comparison table: latest period against the one before',
  other: 'Another tool or method you used',
} as const satisfies Record<Tool, string>;

/** Short names for tables and the PDF. */
export const TOOL_NAMES = {
  trend: 'Trend over time',
  shares: 'Shares',
  pareto: 'Top-N and Pareto',
  comparison: 'Comparison table',
  other: 'Another tool or method',
} as const satisfies Record<Tool, string>;

export const DIMENSION_LABELS = { region: 'Region', product: 'Product', customer: 'Customer' } as const satisfies Record<Dimension, string>;

export const LEVEL_LABELS = {
  senior: 'Senior manager or director',
  manager: 'Your line manager',
  peers: 'Your peers in the sales team',
  'other-teams': 'Colleagues in other teams (e.g. marketing)',
  'customer-facing': 'Customer service or account support staff',
} as const satisfies Record<Level, string>;

export const FORMAT_LABELS = {
  summary: 'Written summary',
  email: 'Email',
  presentation: 'Presentation',
  dashboard: 'Dashboard or chart pack',
  briefing: 'Team briefing or meeting',
  report: 'Report',
  other: 'Another format',
} as const satisfies Record<Format, string>;

export const DIMENSION_PLURALS = { region: 'regions', product: 'products', customer: 'customers' } as const satisfies Record<Dimension, string>;
