import type { UnitSpec } from './unit-spec';

/**
 * Every unit of the specification, in the spec's order. Read by a glob so that a unit module is
 * listed by existing (the fidelity test checks there are 27, one per heading in the spec). Eager,
 * so it is one chunk: import it only where every unit is needed (the Units page, the logs); a
 * worksheet imports its own unit's module.
 */
const modules = import.meta.glob<UnitSpec>('./units/*.ts', { eager: true, import: 'default' });

export const ALL_UNIT_SPECS: readonly UnitSpec[] = Object.values(modules).sort((a, b) => a.startLine - b.startLine);

export function unitSpec(code: string): UnitSpec | undefined {
  return ALL_UNIT_SPECS.find((unit) => unit.code === code);
}
