import type { UnitOutline } from '../unit-spec';

/**
 * L2L3 Understand Change in the Workplace: seed 003 lines 1575–1638 (table 1581–1587, guidance
 * 1623). The indicative content (1600–1621) lost the left part of many lines, and only what can
 * be read with certainty is kept. Left out, beyond reconstruction:
 * - LO1, 1604–1607: "The potential internal reasons for organisational change, e.g., leadership
 *   changes, …on/values, new technology, deficiency in the existing structure, poor …decline in
 *   revenue, high employee turn-over rate, company growth etc." (the starts of 1605 and 1606 lost);
 * - LO1, 1608–1612: "The potential external reasons for organisational change, e.g., new
 *   opportunities, …egulations and laws, … …chnological advancements, …" (starts of 1609, 1610 lost);
 * - LO1, 1613–1614: "…types of organisational change that are implemented, e.g., …nal,
 *   transitional, reactive etc." and 1615–1616: "…ys that employees and managers respond to
 *   different types of proposed organisational changes" (their openings lost);
 * - LO2, 1621: "…programmes, e.g., process improvements, new business opportunities, …, develop
 *   high performing teams etc." (its opening lost); LO2 has no other surviving bullet.
 * Line 1620 "fer of the unknown" is kept as printed (a typo, not a garble). The LO2 guidance ends
 * with a lost sentence (about 2.3, it seems) of which only "change." (1635) survives.
 */
const L2L3: UnitOutline = {
  code: 'L2L3',
  title: 'Understand Change in the Workplace',
  startLine: 1575,
  guidanceLine: 1623,
  outcomes: [
    {
      number: 1,
      text: 'Understand the rationale and impact of organisational change',
      lines: [1582, 1583],
      criteria: [
        { code: '1.1', text: 'Define organisational change and the types of change that are required', lines: [1582] },
        { code: '1.2', text: 'Outline the internal and external reasons for change in organisations', lines: [1583] },
        { code: '1.3', text: 'Describe the range of employee responses to organisational change', lines: [1584] },
      ],
    },
    {
      number: 2,
      text: 'Understand how to support change in the workplace',
      lines: [1585, 1586, 1587],
      criteria: [
        { code: '2.1', text: 'Identify the benefits of organisational change', lines: [1585] },
        { code: '2.2', text: 'Describe a change management process', lines: [1586] },
        { code: '2.3', text: 'Outline how employees can support organisational change', lines: [1587] },
      ],
    },
  ],
};

export default L2L3;
