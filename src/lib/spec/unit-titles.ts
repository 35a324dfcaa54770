/**
 * Every unit's code and title, in the spec's order (the order of the outlines, by their first line),
 * without its LOs and AC: for what names a unit and no more (the home page's workbook list, each
 * worksheet's card, the Units page's table), so these load no outline. unit-titles.test.ts checks it
 * against the outlines word for word.
 */
export const UNIT_TITLES = [
  ['L3B1', 'Understand Sales Communication'],
  ['L3B2', 'Understand Organisations'],
  ['L3B3', 'Understand Customer Groups and Profiling'],
  ['L3B4', 'Understand the Sales and Marketing Relationship'],
  ['L3B5', 'Access and Analyse Sales Information'],
  ['L4B6', 'Use Digital Technologies'],
  ['L2C5', 'Understanding Customer Service'],
  ['L3C1', 'Prospect for New Business'],
  ['L3C2', 'Overcome Sales Objections'],
  ['L3C3', 'Negotiate and Close Sales'],
  ['L3C4', 'Plan Sales Activities'],
  ['L3C5', 'Sales Pipeline Management'],
  ['L3C6', 'Understand Customer Behaviours'],
  ['L4C2', 'Prepare and Present Sales Solutions'],
  ['L2L3', 'Understand Change in the Workplace'],
  ['L3L1', 'Developing Relationships'],
  ['L3L2', 'Understand Remote Working'],
  ['L3L3', 'Solving Problems'],
  ['L4L4', 'Participating in Coaching and Mentoring'],
  ['L4L6', 'Understanding Leadership Styles and Motivation'],
  ['L2S3', 'Understand Legal, Regulatory and Ethical Frameworks'],
  ['L3S1', 'Personal Motivation and Sales Performance'],
  ['L3S2', 'Stress Management'],
  ['L3S3', 'Plan Professional Development'],
  ['L4S3', 'Continuing Professional Development (CPD)'],
  ['L4S4', 'Self-Management'],
  ['L4S5', 'Contributing to an Inclusive Culture'],
] as const;

/** A unit code of the specification: 'L3B2'. */
export type UnitCode = (typeof UNIT_TITLES)[number][0];

/** A unit as metadata names it: its code and title. */
export type UnitRef = { code: string; title: string };

/** Every unit's code and title, in the spec's order. */
export const UNIT_REFS: readonly UnitRef[] = UNIT_TITLES.map(([code, title]) => ({ code, title }));

/** The unit with this code, as metadata names it ({ code: 'L3B2', title: 'Understand Organisations' }). */
export function unitTitleRef(code: UnitCode): UnitRef {
  const title = UNIT_TITLES.find(([candidate]) => candidate === code)?.[1];
  if (title === undefined) throw new Error(`No unit ${code} in the specification`);
  return { code, title };
}
