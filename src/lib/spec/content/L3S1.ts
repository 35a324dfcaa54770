import type { UnitContent } from '../unit-spec';

/** L3S1 Personal Motivation and Sales Performance: seed 003 lines 1956–1990 (table 1962–1969, guidance 1983).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3S1.ts.
 */
const L3S1: UnitContent = {
  outcomes: {
    1: {
      // Beyond reconstruction, so left out: LO1's indicative content (line 1980). Its left column is
      // cut to the first letters of each line ("Nee", "Expe", "The mate", "reco", "care", "Why lack",
      // "orga"), and only one right-hand run survives ("material rewards, sense of belonging, …
      // career progression etc."), the tail of a bullet whose opening is lost.
      indicativeContent: [],
      guidance: [
        'Learners should evaluate at least four factors that affect personal motivation giving relevant examples to support their points. They can choose to consider their own personal motivation factors or provide a more general evaluation. To explain the link between personal motivation and sales performance, learners should provide at least two workplace examples to illustrate their understanding',
      ],
      minimums: [
        { criteria: ['1.1'], count: 4, what: 'factors that affect personal motivation, with examples', quote: 'at least four factors' },
        { criteria: ['1.2'], count: 2, what: 'workplace examples of the link between motivation and sales performance', quote: 'at least two workplace examples' },
      ],
    },
    2: {
      indicativeContent: [
        'Why personal development plans are important',
        'How to select a relevant theory of motivation and draw on its key features to create a development plan',
        'The components of a development plan, e.g., development goals, resources required, how progress will be measured, target dates etc.',
        'How to implement and review a personal development plan using evidence and feedback from others, e.g., peers, line manager, customers etc.',
      ],
      guidance: [
        "Learners should outline the motivation theory that they have used to create their plan and briefly explain why they used it in the way they did. (e.g., if using McClelland, they could explain why they are predominantly motivated by 'power', then write suitable development objectives related to this motivator). The plan should include at least three personal development objectives. The plan must be implemented and updated when at least one objective is reviewed and achieved. It is expected that a minimum of one month is required to achieve an objective.",
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'personal development objectives in the plan', quote: 'at least three personal development objectives' },
        { criteria: ['2.2'], count: 1, what: 'month, at least, to achieve an objective', quote: 'a minimum of one month' },
        { criteria: ['2.3'], count: 1, what: 'objective reviewed and achieved before the plan is updated', quote: 'at least one objective is reviewed and achieved' },
      ],
    },
  },
  corrections: [
    {
      // The "2." of the guidance stands before the last clause of LO1's paragraph (the PDF's columns).
      line: 1990,
      reads: '2. provide at least two workplace examples to illustrate their understanding Learners should outline',
      reading: 'provide at least two workplace examples to illustrate their understanding 2. Learners should outline',
    },
  ],
};

export default L3S1;
