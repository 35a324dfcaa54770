import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const smartObjectivesCard: CatalogueEntry = {
  id: 'smart-objectives',
  title: 'SMART objective writer',
  summary:
    'Write SMART objectives for sales targets, a professional development plan, a motivation plan or a sales presentation, with live feedback on each letter, dated progress reviews and a chart of progress.',
  unit: { code: 'L3C4/L3S3/L3S1/L4C2', title: 'SMART objectives (Plan Sales Activities; Plan Professional Development; Personal Motivation and Sales Performance; Prepare and Present Sales Solutions)' },
};
