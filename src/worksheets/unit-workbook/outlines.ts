import type { UnitOutline } from '../../lib/spec/unit-spec';

/** Every unit's outline (LOs and AC, no content), in the spec's order: one workbook each. Small, so eager. */
const modules = import.meta.glob<UnitOutline>('../../lib/spec/units/*.ts', { eager: true, import: 'default' });

export const UNIT_OUTLINES: readonly UnitOutline[] = Object.values(modules).sort((a, b) => a.startLine - b.startLine);
