import type { UnitContent } from '../unit-spec';

/**
 * L3L3 Solving Problems: seed 003 lines 1741–1795 (table 1748–1763, guidance 1787). The
 * indicative content (1770–1785) was extracted as overlapping copies of the same run of bullets,
 * with the LO numbers ("2.", "3.") dropped among them; each bullet is read once, and placed under
 * the LO it serves. "The managers responsible for approving the chosen solution…" is printed
 * before the "3." and "How to assess the different options…" (missing from 1774, read from 1775)
 * but is about 3.2 (approval from management), so it is under LO3, in the printed order. Line
 * 1789 repeats the end of LO1's guidance (" example to support their points.") before LO2's.
 * Kept as printed: "'nature, cope and impact" (1788) and "it's nature" (1789).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3L3.ts.
 */
const L3L3: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The typical workplace problems that occur in the sales function, e.g., poor customer service, inefficient sales process, poor lead generation process, poor communication between teams, unrealistic targets, delays in delivery of products/services, customer dissatisfaction etc.',
        'What is meant by the nature of a problem; the underlying factors that contribute to a problem such as systemic factors (software problem, organisational process/procedure), human factors, e.g., the problems caused by the actions and decisions of people, and environmental factors',
        'The scope and impact of a problem, the extent to which it affects organisations, e.g., the number of people affected, the severity of the problem, the duration of the problem (is it new, or it is reoccurring), cost in terms of financial losses and reputation etc.',
      ],
      guidance: [
        "Learners should describe at least two typical workplace problems that occur during organisational sales functions activities. They should explain what is meant by the 'nature, cope and impact of a problem, giving an example to support their points.",
      ],
      minimums: [{ criteria: ['1.1'], count: 2, what: 'typical workplace problems in sales', quote: 'at least two typical workplace problems' }],
    },
    2: {
      indicativeContent: [
        'How to gather data and information to help to investigate and analyse a workplace problem',
        'Types of data and how to gather it: quantitative and qualitative',
        'The techniques that can be used to determine the root cause of a problem, e.g., 5-whys, fishbone',
        'The approaches that can be used to generate options to solve problems, e.g., team brainstorming, mind mapping, seeking feedback from people affected etc.',
      ],
      guidance: [
        "Learners should define a current workplace problem in their organisation's sales function, stating it's nature, scope and impact clearly. They should gather both quantitative and qualitative data and information related to the problem, from at least three sources. Learners must provide evidence of using an analysis tool to determine the root cause of the problem.",
        'At least three options for addressing the problem should be generated based on the analysis of data and information.',
      ],
      minimums: [
        { criteria: ['2.2'], count: 3, what: 'sources of quantitative and qualitative data and information', quote: 'from at least three sources' },
        { criteria: ['2.4'], count: 3, what: 'options for addressing the problem', quote: 'At least three options' },
      ],
    },
    3: {
      indicativeContent: [
        'The managers responsible for approving the chosen solution and when/how to approach them for sign off',
        'How to assess the different options to resolve problems using a weighted decision matrix',
      ],
      guidance: [
        'Using the problem identified in LO2, learners should assess the solution options that they have generated using a weighted decision matrix. They should evidence that they have sought approval from management to progress with their chosen solution.',
      ],
      minimums: [],
    },
    4: {
      indicativeContent: [
        'How to implement the chosen option, e.g., gaining sign-off from relevant people, action planning, communicating changes, taking action, supporting others, reviewing progress etc.',
        'Ways that the effectiveness of the implemented option can be evaluated to check if the problem has been partially or fully resolved',
      ],
      guidance: [
        'Learners should provide evidence of taking action to implement the solution that they identified in LO3, including the involvement of at least one other person. Learners should track their actions when implementing the chosen solution to evaluate if it is resolving the problem and note any further actions if required.',
      ],
      minimums: [{ criteria: ['4.1'], count: 1, what: 'other person involved in implementing the solution', quote: 'at least one other person' }],
    },
  },
  corrections: [
    // "decision-" ends line 1757 and "making" starts 1758: one word split by the line break.
    { line: 1757, reads: 'use a decision-', reading: 'use a decision-making' },
  ],
};

export default L3L3;
