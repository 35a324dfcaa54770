import { isStandard, type ObjectionType, type SourceKind, type TechniqueKind } from './model';

/** Each objection kind in the words of the unit's indicative content (LO1). */
export const OBJECTION_TYPE_LABELS = {
  price: 'Price',
  need: 'Need or relevance',
  competitor: 'Competitor comparison',
  trust: 'Trust or reliability',
  timing: 'Timing',
  risk: 'Risk or fear',
  'previous-experience': 'Previous experience',
  'implementation-complexity': 'Implementation complexity',
  roi: 'Return on investment (ROI)',
  information: 'Lack of information or evidence',
  'other-standard': 'Another standard objection',
  customisation: 'Customisation',
  compatibility: 'Compatibility',
  ethical: 'Ethical or sustainability concerns',
  scalability: 'Scalability',
  security: 'Security or privacy',
  support: 'Support or service',
  'cultural-fit': 'Cultural fit',
  regulatory: 'Regulatory compliance',
  'implementation-timelines': 'Implementation timelines',
  integration: 'Integration with existing systems',
  'other-non-standard': 'Another non-standard objection',
} as const satisfies Record<ObjectionType, string>;

export const SOURCE_KIND_LABELS = {
  colleague: 'A colleague consulted',
  records: 'Records of previous sales conversations (CRM, call notes, lost-deal reports)',
  'market-research': 'Market research',
  other: 'Another source',
} as const satisfies Record<SourceKind, string>;

/** Short forms for tables. */
export const SOURCE_KIND_SHORT = {
  colleague: 'Colleague',
  records: 'Records',
  'market-research': 'Market research',
  other: 'Other',
} as const satisfies Record<SourceKind, string>;

/** The techniques as the unit lists them (LO2 indicative content). */
export const TECHNIQUE_LABELS = {
  visualisation: 'Visualisation',
  affirmations: 'Positive affirmations',
  'goal-setting': 'Goal setting',
  rehearsal: 'Rehearsal',
  'role-play': 'Role play practice with colleagues',
  breathing: 'Breathing and relaxation techniques',
  'self-talk': 'Positive self-talk',
  journaling: 'Positive mindset journaling',
  solutions: 'Focusing on solutions',
  other: 'Another technique',
} as const satisfies Record<TechniqueKind, string>;

/** "Standard" or "Non-standard", from the kind chosen; '' while no kind is chosen. */
export const objectionFamily = (type: ObjectionType | ''): string => (type === '' ? '' : isStandard(type) ? 'Standard' : 'Non-standard');
