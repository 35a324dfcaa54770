import { joinUnit, type UnitContent, type UnitOutline, type UnitSpec } from './unit-spec';

/**
 * Every unit of the specification, whole, in the spec's order. Read by globs so that a unit is
 * listed by existing (the fidelity test checks there are 27, one per heading in the spec). Eager,
 * so it is one chunk: import it only where every unit is needed (the Units page, the logs); a
 * worksheet's metadata imports its own unit's outline.
 */
const outlines = import.meta.glob<UnitOutline>('./units/*.ts', { eager: true, import: 'default' });
const contents = import.meta.glob<UnitContent>('./content/*.ts', { eager: true, import: 'default' });

export const ALL_UNIT_SPECS: readonly UnitSpec[] = Object.entries(outlines)
  .map(([path, outline]) => {
    const content = contents[path.replace('./units/', './content/')];
    if (!content) throw new Error(`No content module for ${path}`);
    const orphan = Object.keys(content.outcomes).find((number) => !outline.outcomes.some((outcome) => String(outcome.number) === number));
    if (orphan) throw new Error(`${path}: content for LO${orphan}, which the outline does not have`);
    return joinUnit(outline, content);
  })
  .sort((a, b) => a.startLine - b.startLine);

export function unitSpec(code: string): UnitSpec | undefined {
  return ALL_UNIT_SPECS.find((unit) => unit.code === code);
}
