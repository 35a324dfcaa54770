import { APPRENTICESHIP_UNITS, findUnit, QUADRANT_LABELS, type Quadrant, type Unit } from './units';

/**
 * The qualification's rules of combination (specification lines 278–305), checked against the
 * units a learner has achieved. Pure: units in, a verdict per qualification out.
 */
export type QualificationId = 'certificate' | 'diploma' | 'apprenticeship-diploma';

export type QualificationCheck = {
  id: QualificationId;
  title: string;
  isMet: boolean;
  /** What is still missing, in plain words; empty when met. */
  missing: string[];
  /** Extra facts the learner should know (e.g. credits beyond a maximum). */
  notes: string[];
};

type Rule = { title: string; minCredits: number; maxCredits?: number; minUnits: Partial<Record<Quadrant, number>>; minLeadershipOrSelf?: number };

const CERTIFICATE: Rule = { title: 'ISP Level 3 Certificate in Professional Sales', minCredits: 13, maxCredits: 36, minUnits: { business: 2, core: 2 }, minLeadershipOrSelf: 1 };
const DIPLOMA: Rule = { title: 'ISP Level 3 Diploma in Professional Sales', minCredits: 37, minUnits: { business: 3, core: 4, leadership: 1, self: 2 } };

const plural = (n: number, word: string) => `${n} more ${word}${n === 1 ? '' : 's'}`;

/** The achieved units, each counted once; codes the specification does not list are left out. */
export function achievedUnits(codes: Iterable<string>): Unit[] {
  return [...new Set(codes)].map(findUnit).filter((u): u is Unit => u !== undefined);
}

export const totalCredits = (units: Unit[]) => units.reduce((sum, u) => sum + u.credit, 0);

const countIn = (units: Unit[], quadrant: Quadrant) => units.filter((u) => u.quadrant === quadrant).length;

function checkRule(id: QualificationId, rule: Rule, units: Unit[]): QualificationCheck {
  const credits = totalCredits(units);
  const missing: string[] = [];
  const notes: string[] = [];
  if (credits < rule.minCredits) missing.push(`${plural(rule.minCredits - credits, 'credit')} (${credits} of at least ${rule.minCredits})`);
  for (const [quadrant, needed] of Object.entries(rule.minUnits) as Array<[Quadrant, number]>) {
    const have = countIn(units, quadrant);
    if (have < needed) missing.push(`${plural(needed - have, `${QUADRANT_LABELS[quadrant]} unit`)} (${have} of at least ${needed})`);
  }
  if (rule.minLeadershipOrSelf !== undefined) {
    const have = countIn(units, 'leadership') + countIn(units, 'self');
    if (have < rule.minLeadershipOrSelf) missing.push(`${plural(rule.minLeadershipOrSelf - have, 'Leadership or Self unit')}`);
  }
  // Every unit is worth 5 credits or fewer, so a learner over the maximum can always choose units
  // that meet the rules within it: extra credits never stop the award, but only the maximum counts.
  if (rule.maxCredits !== undefined && credits > rule.maxCredits) {
    notes.push(`You have ${credits} credits; at most ${rule.maxCredits} count towards this Certificate.`);
  }
  return { id, title: rule.title, isMet: missing.length === 0, missing, notes };
}

function checkApprenticeship(units: Unit[]): QualificationCheck {
  const have = new Set(units.map((u) => u.code));
  const missingUnits = APPRENTICESHIP_UNITS.filter((code) => !have.has(code));
  return {
    id: 'apprenticeship-diploma',
    title: 'ISP Level 3 Diploma in Sales (Apprenticeship Diploma)',
    isMet: missingUnits.length === 0,
    missing: missingUnits.map((code) => `${code} ${findUnit(code)?.title ?? ''}`.trim()),
    notes: [],
  };
}

/** Which of the Certificate, Diploma and Apprenticeship Diploma the achieved units meet, and what each still needs. */
export function checkRulesOfCombination(achievedCodes: Iterable<string>): QualificationCheck[] {
  const units = achievedUnits(achievedCodes);
  return [checkRule('certificate', CERTIFICATE, units), checkRule('diploma', DIPLOMA, units), checkApprenticeship(units)];
}
