import { UNIT_REFS } from '../lib/spec/unit-titles';
import type { CatalogueEntry } from '../lib/worksheet-definition';
import { pestleCard } from './pestle/card';
import { customerProfileCard } from './customer-profile/card';
import { pipelineCard } from './pipeline/card';
import { smartObjectivesCard } from './smart-objectives/card';
import { decisionMatrixCard } from './decision-matrix/card';
import { stressTrackerCard } from './stress-tracker/card';
import { communicationPlanCard } from './communication-plan/card';
import { objectionPreparationCard } from './objection-preparation/card';
import { negotiationPlanCard } from './negotiation-plan/card';
import { meetingPreparationCard } from './meeting-preparation/card';
import { salesActivityPlanCard } from './sales-activity-plan/card';
import { relationshipLogCard } from './relationship-log/card';
import { informationAnalysisCard } from './information-analysis/card';
import { witnessTestimonyCard } from './witness-testimony/card';
import { workbookCard } from './unit-workbook/card';

/**
 * Everything a document can be made from, as the home page lists it: each worksheet's and workbook's
 * card (id, title, summary, unit, what else it supports, whether it has a worked example), and no AC,
 * so the home page and the shell's first load carry no unit outline. registry.ts has the same
 * entries, in the same order, with their AC, sections, models and pages (catalogue.test.ts checks
 * that they agree); pages that show AC use the registry.
 */

/** The interactive worksheets, in the order of the home page. The first one's worked example greets a newcomer. */
export const interactiveCatalogue: readonly CatalogueEntry[] = [
  pestleCard,
  customerProfileCard,
  pipelineCard,
  smartObjectivesCard,
  decisionMatrixCard,
  stressTrackerCard,
  communicationPlanCard,
  objectionPreparationCard,
  negotiationPlanCard,
  meetingPreparationCard,
  salesActivityPlanCard,
  relationshipLogCard,
  informationAnalysisCard,
  witnessTestimonyCard,
];

/** One workbook per unit of the specification, in the spec's order. */
export const workbookCatalogue: readonly CatalogueEntry[] = UNIT_REFS.map(workbookCard);

/** The worksheets, then the workbooks. */
export const catalogue: readonly CatalogueEntry[] = [...interactiveCatalogue, ...workbookCatalogue];

export const findCatalogueEntry = (id: string) => catalogue.find((entry) => entry.id === id);
