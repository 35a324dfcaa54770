import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const pipelineCard: CatalogueEntry = {
  id: 'pipeline',
  title: 'Pipeline conversion calculator',
  summary:
    'Count your pipeline stage by stage for a dated period, calculate the conversion ratios (prospect, lead and proposal to customer), find the bottleneck, score and prioritise your prospects at dated reviews, and plan your time to match.',
  unit: unitTitleRef('L3C5'),
  alsoSupports: 'L3C1 Prospect for New Business 1.3 (how conversion rates are used when prospecting)',
};
