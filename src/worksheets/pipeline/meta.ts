import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import L3C5 from '../../lib/spec/units/L3C5';
import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the pipeline calculator before loading it. Wording from the ISP spec, unit L3C5. */
export const pipelineMeta: WorksheetMeta = {
  id: 'pipeline',
  title: 'Pipeline conversion calculator',
  summary:
    'Count your pipeline stage by stage for a dated period, calculate the conversion ratios (prospect, lead and proposal to customer), find the bottleneck, score and prioritise your prospects at dated reviews, and plan your time to match.',
  unit: unitRef(L3C5),
  criteria: criteriaOf(L3C5, ['2.1', '2.2', '2.3', '3.1', '3.2']),
  alsoSupports: 'L3C1 Prospect for New Business 1.3 (how conversion rates are used when prospecting)',
  // Until this worksheet is split into sections (issue 17), one section shows all of it.
  sections: [{ id: 'all', title: 'The whole worksheet', criteria: [] }],
};
