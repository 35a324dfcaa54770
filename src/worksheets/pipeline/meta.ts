import { criteriaOf } from '../../lib/spec/criteria';
import L3C5 from '../../lib/spec/units/L3C5';
import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { pipelineCard } from './card';

/** What the shell shows about the pipeline calculator before loading it. Wording from the ISP spec, unit L3C5. */
export const pipelineMeta: WorksheetMeta = {
  ...pipelineCard,
  // Not 3.1 ("demonstrate the sales activities used to manage a sales pipeline"): nothing here
  // evidences the activities themselves, and LO1 (1.1–1.4) is not addressed either.
  criteria: criteriaOf(L3C5, ['2.1', '2.2', '2.3', '3.2']),
  // Short pages, each result beside the fields it comes from; a section's AC are those of the rules that name it.
  sections: [
    { id: 'counts', title: 'Your pipeline: the period and the counts', criteria: ['2.1'] },
    { id: 'ratios', title: 'Conversion ratios and the bottleneck', criteria: ['2.1'] },
    { id: 'target', title: 'Your target and your pipeline’s health', criteria: [] },
    { id: 'criteria', title: 'Criteria for evaluating prospects', criteria: ['2.2'] },
    { id: 'prospects', title: 'Your prospects and their stages', criteria: ['2.3', '3.2'] },
    { id: 'scores', title: 'Scoring your prospects', criteria: ['2.2', '2.3'] },
    { id: 'priorities', title: 'Priorities: time and effort for each prospect', criteria: ['2.3'] },
    { id: 'reviews', title: 'Dated reviews and stage progress', criteria: ['2.2', '3.2'] },
  ],
};
