import type { Direction, Force, InternalArea, PestleHeading, TimeFrame } from './model';

/** The labels of the PESTLE builder's choice lists, as the page and the PDF show them. */
export const HEADING_LABELS: Record<PestleHeading, string> = {
  political: 'Political',
  economic: 'Economic',
  social: 'Social',
  technological: 'Technological',
  legal: 'Legal',
  environmental: 'Environmental',
};

export const INTERNAL_AREA_LABELS: Record<InternalArea, string> = {
  leadership: 'Leadership',
  structure: 'Organisational structure',
  culture: 'Culture',
  employees: 'Employees',
  'workforce-dynamics': 'Workforce dynamics',
  'internal-communication': 'Internal communication',
  'policies-procedures': 'Policies and procedures',
  'resources-infrastructure': 'Resources and infrastructure',
  strategy: 'Strategy',
  'change-management': 'Change management practices',
  other: 'Other',
};

export const headingLabel = (force: Force): string =>
  force.heading in HEADING_LABELS
    ? HEADING_LABELS[force.heading as PestleHeading]
    : INTERNAL_AREA_LABELS[force.heading as InternalArea];

export const DIRECTION_LABELS = { opportunity: 'Opportunity', threat: 'Threat', '': 'Not marked' } as const satisfies Record<Direction | '', string>;

export const directionLabel = (force: Force) => DIRECTION_LABELS[force.direction];

export const TIME_FRAME_LABELS = { short: 'Short term (under 1 year)', medium: 'Medium term (1–3 years)', long: 'Long term (over 3 years)' } as const satisfies Record<TimeFrame, string>;
