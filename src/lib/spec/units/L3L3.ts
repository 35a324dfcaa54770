import type { UnitSpec } from '../unit-spec';

/**
 * L3L3 Solving Problems: seed 003 lines 1741–1795 (table 1748–1763, guidance 1787). The
 * indicative content (1770–1785) was extracted as overlapping copies of the same run of bullets,
 * with the LO numbers ("2.", "3.") dropped among them; each bullet is read once, and placed under
 * the LO it serves. "The managers responsible for approving the chosen solution…" is printed
 * before the "3." and "How to assess the different options…" (missing from 1774, read from 1775)
 * but is about 3.2 (approval from management), so it is under LO3, in the printed order. Line
 * 1789 repeats the end of LO1's guidance (" example to support their points.") before LO2's.
 * Kept as printed: "'nature, cope and impact" (1788) and "it's nature" (1789).
 */
const L3L3: UnitSpec = {
  code: 'L3L3',
  title: 'Solving Problems',
  startLine: 1741,
  guidanceLine: 1787,
  outcomes: [
    {
      number: 1,
      text: 'Understand how to define a problem',
      lines: [1749, 1750],
      criteria: [
        { code: '1.1', text: 'Describe typical workplace problems related to the sales function', lines: [1749, 1750] },
        { code: '1.2', text: 'Explain how to define the nature, scope and impact of a problem', lines: [1751, 1752] },
      ],
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
    {
      number: 2,
      text: 'Be able to use data and information to solve a problem',
      lines: [1753, 1754, 1755],
      criteria: [
        { code: '2.1', text: 'Define a current workplace problem', lines: [1753] },
        { code: '2.2', text: 'Gather data and information about a problem', lines: [1754] },
        { code: '2.3', text: 'Identify the root cause of a problem using an analysis tool', lines: [1755] },
        { code: '2.4', text: 'Generate options to address a problem', lines: [1756] },
      ],
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
    {
      number: 3,
      text: 'Be able to use a decision-making tool to assess the options to solve a problem',
      lines: [1757, 1758, 1759],
      criteria: [
        { code: '3.1', text: 'Assess the options to address problems using a weighted decision matrix', lines: [1757, 1758] },
        { code: '3.2', text: 'Seek approval from management to progress with the chosen solution', lines: [1759, 1760] },
      ],
      indicativeContent: [
        'The managers responsible for approving the chosen solution and when/how to approach them for sign off',
        'How to assess the different options to resolve problems using a weighted decision matrix',
      ],
      guidance: [
        'Using the problem identified in LO2, learners should assess the solution options that they have generated using a weighted decision matrix. They should evidence that they have sought approval from management to progress with their chosen solution.',
      ],
      minimums: [],
    },
    {
      number: 4,
      text: 'Be able to implement and evaluate a chosen solution to address a problem',
      lines: [1761, 1762, 1763],
      criteria: [
        { code: '4.1', text: 'Implement the chosen solution for the problem', lines: [1761] },
        { code: '4.2', text: 'Evaluate the effectiveness of the implemented option', lines: [1762] },
      ],
      indicativeContent: [
        'How to implement the chosen option, e.g., gaining sign-off from relevant people, action planning, communicating changes, taking action, supporting others, reviewing progress etc.',
        'Ways that the effectiveness of the implemented option can be evaluated to check if the problem has been partially or fully resolved',
      ],
      guidance: [
        'Learners should provide evidence of taking action to implement the solution that they identified in LO3, including the involvement of at least one other person. Learners should track their actions when implementing the chosen solution to evaluate if it is resolving the problem and note any further actions if required.',
      ],
      minimums: [{ criteria: ['4.1'], count: 1, what: 'other person involved in implementing the solution', quote: 'at least one other person' }],
    },
  ],
  corrections: [
    // "decision-" ends line 1757 and "making" starts 1758: one word split by the line break.
    { line: 1757, reads: 'use a decision-', reading: 'use a decision-making' },
  ],
};

export default L3L3;
