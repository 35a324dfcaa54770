import { unitTitleRef, type UnitCode } from '../lib/spec/unit-titles';

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

// The title from the one unit-title table (lib/spec/unit-titles.ts), which is checked against the outlines.
const unit = (code: UnitCode, ofqualRef: string, quadrant: Quadrant, level: 2 | 3 | 4, glh: number, tqt: number, credit: number): Unit => ({
  code,
  ofqualRef,
  title: unitTitleRef(code).title,
  quadrant,
  level,
  glh,
  tqt,
  credit,
});

export const UNITS: readonly Unit[] = [
  unit('L3B1', 'L/650/7899', 'business', 3, 15, 30, 3),
  unit('L3B2', 'K/651/0342', 'business', 3, 15, 30, 3),
  unit('L3B3', 'L/651/0343', 'business', 3, 10, 20, 2),
  unit('L3B4', 'M/651/0344', 'business', 3, 15, 30, 3),
  unit('L3B5', 'R/651/0345', 'business', 3, 20, 40, 4),
  unit('L4B6', 'K/650/7905', 'business', 4, 15, 30, 3),
  unit('L3C1', 'T/651/0346', 'core', 3, 15, 30, 3),
  unit('L4C2', 'K/650/7914', 'core', 4, 20, 40, 5),
  unit('L3C2', 'Y/651/0347', 'core', 3, 20, 40, 4),
  unit('L3C3', 'A/651/0348', 'core', 3, 25, 50, 5),
  unit('L3C4', 'D/651/0349', 'core', 3, 20, 40, 4),
  unit('L3C5', 'J/651/0350', 'core', 3, 25, 50, 5),
  unit('L3C6', 'K/651/0351', 'core', 3, 10, 20, 2),
  unit('L2C5', 'D/651/0457', 'core', 2, 20, 40, 4),
  unit('L3L1', 'L/651/0352', 'leadership', 3, 15, 30, 3),
  unit('L4L6', 'T/650/7927', 'leadership', 4, 10, 20, 2),
  unit('L3L2', 'M/651/0353', 'leadership', 3, 15, 30, 3),
  unit('L2L3', 'L/651/0460', 'leadership', 2, 15, 30, 3),
  unit('L4L4', 'M/650/7925', 'leadership', 4, 20, 40, 4),
  unit('L3L3', 'R/651/0354', 'leadership', 3, 20, 40, 4),
  unit('L3S1', 'A/650/7929', 'self', 3, 10, 20, 2),
  unit('L3S2', 'T/651/0355', 'self', 3, 15, 30, 3),
  unit('L4S4', 'L/650/7933', 'self', 4, 15, 30, 3),
  unit('L3S3', 'Y/651/0356', 'self', 3, 15, 30, 3),
  unit('L4S3', 'K/650/7932', 'self', 4, 15, 30, 3),
  unit('L2S3', 'T/651/0463', 'self', 2, 10, 20, 2),
  unit('L4S5', 'M/650/7934', 'self', 4, 10, 20, 2),
];

export const findUnit = (code: string) => UNITS.find((u) => u.code === code);

/** The eleven units the Level 3 Diploma in Sales (Apprenticeship Diploma) prescribes (40 credits). */
export const APPRENTICESHIP_UNITS = ['L3B1', 'L3B5', 'L3C1', 'L3C2', 'L3C3', 'L3C4', 'L3C5', 'L3C6', 'L3L1', 'L3L3', 'L3S3'] as const;
