import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import type { UnitOutline } from '../../lib/spec/unit-spec';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { workbookCard } from './card';

/**
 * What the shell knows about a unit's workbook before loading it, made from the unit's outline
 * (LOs and AC in the spec's words), never its content. The home page lists workbooks from their
 * cards (card.ts), without these.
 */

/** The unit code of a workbook id, or null for any other id. */
export const unitOfWorkbookId = (id: string) => /^workbook-(L\d[A-Z]\d)$/.exec(id)?.[1] ?? null;

/** The section of a learning outcome: its id in addresses ('lo1') and the title the LO's own words. */
export const outcomeSectionId = (outcomeNumber: number) => `lo${outcomeNumber}`;

/** One unit's workbook: a section per learning outcome, with its AC. */
export function workbookMeta(outline: UnitOutline): WorksheetMeta {
  const codes = outline.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
  return {
    ...workbookCard(unitRef(outline)),
    criteria: criteriaOf(outline, codes),
    sections: outline.outcomes.map((outcome) => ({
      id: outcomeSectionId(outcome.number),
      title: outcome.text,
      criteria: outcome.criteria.map((criterion) => criterion.code),
    })),
    fixturesFolder: `unit-workbook/fixtures/${outline.code}`,
  };
}
