import type { UnitContent } from '../unit-spec';

/** L3B3 Understand Customer Groups and Profiling: seed 003 lines 743–782 (table 749–755, guidance 776).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3B3.ts.
 */
const L3B3: UnitContent = {
  outcomes: {
    1: {
      // LO1's indicative content (line 766) is beyond reconstruction: the extraction gives only the first
      // line(s) of one bullet ("The range of consumer segmentation bases, e.g., demographic, geographic,
      // psychographic, technographic, occupation, behavioural, generational/life stage,", its end lost) and
      // the clipped starts of the rest ("psychographic", "income etc.", "The different", "of to business (B",
      // "such as SIC (St", "Motivation the", "Herzberg's Tw", "The motivatio", "The range of c",
      // "quality conscio", "impulse buyer", "friendly consultant"). None is complete, so none is listed.
      indicativeContent: [],
      // The spec numbers this paragraph "3."; it is about LO1 (segmenting, motivations).
      guidance: [
        'Learners should explain at least three methods used to segment consumer groups (bases) and three methods that are used to segment B2B customers with relevant examples to support their points. They should describe the motivations, attitudes and behaviours that customers may have, using at least three examples to support their points.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'methods (bases) used to segment consumer groups', quote: 'at least three methods used to segment consumer groups' },
        { criteria: ['1.1'], count: 3, what: 'methods used to segment B2B customers', quote: 'three methods that are used to segment B2B customers' },
        { criteria: ['1.2'], count: 3, what: 'examples of customer motivations, attitudes and behaviours', quote: 'using at least three examples' },
      ],
    },
    2: {
      indicativeContent: [
        'The sources of information that can be used to profile B2B customers, e.g., existing sales data',
        'How to use a customer relationship management (CRM) system to analyse patterns and trends',
      ],
      // The spec numbers this paragraph "4."; it is about LO2 (existing customers, profiles).
      guidance: [
        "Learners should define the characteristics of at least two existing customers using relevant criteria based on their organisation's requirements. They should analyse the differences between at least two customers using appropriate organisational data sources and use the findings to develop two customer profiles.",
      ],
      minimums: [
        { criteria: ['2.1'], count: 2, what: 'existing customers whose characteristics are defined', quote: 'at least two existing customers' },
        { criteria: ['2.2'], count: 2, what: 'customers whose differences are analysed', quote: 'between at least two customers' },
        { criteria: ['2.3'], count: 2, what: 'customer profiles developed', quote: 'develop two customer profiles' },
      ],
    },
  },
  corrections: [],
};

export default L3B3;
