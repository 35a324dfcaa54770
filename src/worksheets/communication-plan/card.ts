import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const communicationPlanCard: CatalogueEntry = {
  id: 'communication-plan',
  title: 'Communication plan',
  summary:
    'Evaluate two target audiences and how you would approach each, plan at least three communication activities for one of them on a timeline, analyse your own communication preferences with actions to improve, and explain barriers at individual, team and organisational level.',
  unit: unitTitleRef('L3B1'),
};
