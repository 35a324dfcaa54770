import type { UnitOutline } from '../unit-spec';

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
const L3L3: UnitOutline = {
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
    },
    {
      number: 3,
      text: 'Be able to use a decision-making tool to assess the options to solve a problem',
      lines: [1757, 1758, 1759],
      criteria: [
        { code: '3.1', text: 'Assess the options to address problems using a weighted decision matrix', lines: [1757, 1758] },
        { code: '3.2', text: 'Seek approval from management to progress with the chosen solution', lines: [1759, 1760] },
      ],
    },
    {
      number: 4,
      text: 'Be able to implement and evaluate a chosen solution to address a problem',
      lines: [1761, 1762, 1763],
      criteria: [
        { code: '4.1', text: 'Implement the chosen solution for the problem', lines: [1761] },
        { code: '4.2', text: 'Evaluate the effectiveness of the implemented option', lines: [1762] },
      ],
    },
  ],
};

export default L3L3;
