import type { UnitRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** The units with a worked example written for the toolkit, one of each quadrant at least (examples/<code>.ts). */
export const WORKBOOK_EXAMPLE_UNITS: readonly string[] = ['L3B1', 'L3C6', 'L3L1', 'L2S3'];

/** A workbook's id: in routes and stored documents, so never renamed. */
export const workbookId = (unitCode: string) => `workbook-${unitCode}`;

/**
 * What the home page lists of a unit's workbook (src/worksheets/catalogue.ts), from the unit's code
 * and title only, so listing all 27 loads no outline. meta.ts adds the AC and a section per LO.
 */
export function workbookCard(unit: UnitRef): CatalogueEntry {
  return {
    id: workbookId(unit.code),
    kind: 'workbook',
    title: `${unit.code} workbook`,
    summary: `Every assessment criterion of ${unit.code} ${unit.title}, a learning outcome a page, with the unit’s indicative content and assessor guidance as prompts.`,
    unit: { code: unit.code, title: unit.title },
    hasWorkedExample: WORKBOOK_EXAMPLE_UNITS.includes(unit.code),
  };
}
