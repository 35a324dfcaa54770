import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const salesActivityPlanCard: CatalogueEntry = {
  id: 'sales-activity-plan',
  title: 'Sales activity plan and budget',
  summary:
    'Plan a month or more of sales activities from your prioritised customers and prospects, estimate the hours and budget they need, record the colleague you consulted, monitor agreed indicators week by week, analyse potential issues and evaluate your planning.',
  unit: unitTitleRef('L3C4'),
};
