import type { OutcomeOutline, UnitOutline } from './unit-spec';

/**
 * Every unit's outline (its LOs and AC in the spec's words, no content), in the spec's order, for
 * the layers that print learning outcomes beside AC (every export, the achievement logs). Small and
 * eager: the same modules the workbooks' metadata reads.
 */
const modules = import.meta.glob<UnitOutline>('./units/*.ts', { eager: true, import: 'default' });

export const ALL_UNIT_OUTLINES: readonly UnitOutline[] = Object.values(modules).sort((a, b) => a.startLine - b.startLine);

export const outlineOf = (unitCode: string): UnitOutline | undefined => ALL_UNIT_OUTLINES.find((unit) => unit.code === unitCode.trim());

/** The learning outcome an AC of a unit belongs to ('L3B2', '2.1' → LO2), or undefined when the unit has no such AC. */
export function outcomeOfCriterion(unitCode: string, criterionCode: string): OutcomeOutline | undefined {
  return outlineOf(unitCode)?.outcomes.find((outcome) => outcome.criteria.some((criterion) => criterion.code === criterionCode.trim()));
}
