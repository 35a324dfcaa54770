import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import type { UnitOutline } from '../../lib/spec/unit-spec';
import type { WorksheetMeta } from '../../lib/worksheet-definition';

/**
 * What the shell knows about a unit's workbook before loading it, made from the unit's outline
 * (LOs and AC in the spec's words), never its content: the home page loads every workbook's meta.
 */

/** The units with a worked example written for the toolkit, one of each quadrant at least (examples/<code>.ts). */
export const WORKBOOK_EXAMPLE_UNITS: readonly string[] = ['L3B1', 'L3C6', 'L3L1', 'L2S3'];

/** A workbook's id: in routes and stored documents, so never renamed. */
export const workbookId = (unitCode: string) => `workbook-${unitCode}`;

/** The unit code of a workbook id, or null for any other id. */
export const unitOfWorkbookId = (id: string) => /^workbook-(L\d[A-Z]\d)$/.exec(id)?.[1] ?? null;

/** The section of a learning outcome: its id in addresses ('lo1') and the title the LO's own words. */
export const outcomeSectionId = (outcomeNumber: number) => `lo${outcomeNumber}`;

/** One unit's workbook: a section per learning outcome, with its AC. */
export function workbookMeta(outline: UnitOutline): WorksheetMeta {
  const codes = outline.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
  const hasExample = WORKBOOK_EXAMPLE_UNITS.includes(outline.code);
  return {
    id: workbookId(outline.code),
    kind: 'workbook',
    title: `${outline.code} workbook`,
    summary: `Every assessment criterion of ${outline.code} ${outline.title}, a learning outcome a page, with the unit’s indicative content and assessor guidance as prompts.`,
    unit: unitRef(outline),
    criteria: criteriaOf(outline, codes),
    sections: outline.outcomes.map((outcome) => ({
      id: outcomeSectionId(outcome.number),
      title: outcome.text,
      criteria: outcome.criteria.map((criterion) => criterion.code),
    })),
    hasWorkedExample: hasExample,
    fixturesFolder: `unit-workbook/fixtures/${outline.code}`,
  };
}
