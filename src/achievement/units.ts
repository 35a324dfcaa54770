/**
 * Every unit of the ISP Level 3 Qualifications in Professional Sales, from the specification's
 * "Overview of units" (V1.0, Mar-24; seed 003 lines 336–383), with the quadrant of the ISP
 * Capability Framework each belongs to. Where a row of that table is garbled in the source, the
 * value comes from the same unit's row in the Award tables (L3C5 level 3; L3C6 GLH 10).
 */
export const QUADRANTS = ['business', 'core', 'leadership', 'self'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  business: 'Business',
  core: 'Core',
  leadership: 'Leadership',
  self: 'Self',
};

export type Unit = {
  code: string;
  ofqualRef: string;
  title: string;
  quadrant: Quadrant;
  level: 2 | 3 | 4;
  glh: number;
  tqt: number;
  credit: number;
};

const unit = (code: string, ofqualRef: string, title: string, quadrant: Quadrant, level: 2 | 3 | 4, glh: number, tqt: number, credit: number): Unit => ({
  code,
  ofqualRef,
  title,
  quadrant,
  level,
  glh,
  tqt,
  credit,
});

export const UNITS: readonly Unit[] = [
  unit('L3B1', 'L/650/7899', 'Understand Sales Communication', 'business', 3, 15, 30, 3),
  unit('L3B2', 'K/651/0342', 'Understand Organisations', 'business', 3, 15, 30, 3),
  unit('L3B3', 'L/651/0343', 'Understand Customer Groups and Profiling', 'business', 3, 10, 20, 2),
  unit('L3B4', 'M/651/0344', 'Understand the Sales and Marketing Relationship', 'business', 3, 15, 30, 3),
  unit('L3B5', 'R/651/0345', 'Access and Analyse Sales Information', 'business', 3, 20, 40, 4),
  unit('L4B6', 'K/650/7905', 'Use Digital Technologies', 'business', 4, 15, 30, 3),
  unit('L3C1', 'T/651/0346', 'Prospect for New Business', 'core', 3, 15, 30, 3),
  unit('L4C2', 'K/650/7914', 'Prepare and Present Sales Solutions', 'core', 4, 20, 40, 5),
  unit('L3C2', 'Y/651/0347', 'Overcome Sales Objections', 'core', 3, 20, 40, 4),
  unit('L3C3', 'A/651/0348', 'Negotiate and Close Sales', 'core', 3, 25, 50, 5),
  unit('L3C4', 'D/651/0349', 'Plan Sales Activities', 'core', 3, 20, 40, 4),
  unit('L3C5', 'J/651/0350', 'Sales Pipeline Management', 'core', 3, 25, 50, 5),
  unit('L3C6', 'K/651/0351', 'Understand Customer Behaviours', 'core', 3, 10, 20, 2),
  unit('L2C5', 'D/651/0457', 'Understanding Customer Service', 'core', 2, 20, 40, 4),
  unit('L3L1', 'L/651/0352', 'Developing Relationships', 'leadership', 3, 15, 30, 3),
  unit('L4L6', 'T/650/7927', 'Understanding Leadership Styles and Motivation', 'leadership', 4, 10, 20, 2),
  unit('L3L2', 'M/651/0353', 'Understand Remote Working', 'leadership', 3, 15, 30, 3),
  unit('L2L3', 'L/651/0460', 'Understand Change in the Workplace', 'leadership', 2, 15, 30, 3),
  unit('L4L4', 'M/650/7925', 'Participating in Coaching and Mentoring', 'leadership', 4, 20, 40, 4),
  unit('L3L3', 'R/651/0354', 'Solving Problems', 'leadership', 3, 20, 40, 4),
  unit('L3S1', 'A/650/7929', 'Personal Motivation and Sales Performance', 'self', 3, 10, 20, 2),
  unit('L3S2', 'T/651/0355', 'Stress Management', 'self', 3, 15, 30, 3),
  unit('L4S4', 'L/650/7933', 'Self-Management', 'self', 4, 15, 30, 3),
  unit('L3S3', 'Y/651/0356', 'Plan Professional Development', 'self', 3, 15, 30, 3),
  unit('L4S3', 'K/650/7932', 'Continuing Professional Development (CPD)', 'self', 4, 15, 30, 3),
  unit('L2S3', 'T/651/0463', 'Understand Legal, Regulatory and Ethical Frameworks', 'self', 2, 10, 20, 2),
  unit('L4S5', 'M/650/7934', 'Contributing to an Inclusive Culture', 'self', 4, 10, 20, 2),
];

export const findUnit = (code: string) => UNITS.find((u) => u.code === code);

/** The eleven units the Level 3 Diploma in Sales (Apprenticeship Diploma) prescribes (40 credits). */
export const APPRENTICESHIP_UNITS = ['L3B1', 'L3B5', 'L3C1', 'L3C2', 'L3C3', 'L3C4', 'L3C5', 'L3C6', 'L3L1', 'L3L3', 'L3S3'] as const;
