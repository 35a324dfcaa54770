import type { UnitContent } from '../unit-spec';

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
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L2L3.ts.
 */
const L2L3: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        "The range of definitions of 'organisational change', e.g., the process of making a significant change to an organization's structure, culture, or processes",
        'The different types of organisational change, e.g., strategic, structural, process, cultural etc.',
        'Types of positive change responses, e.g., acceptance, optimism, curiosity, engagement, support etc.',
        "Types of negative responses to change (resistance), e.g., Maurer's 3 Levels, fer of the unknown, lack of trust, comfort with status quo, loss of control, economic concerns, personal beliefs etc.",
      ],
      guidance: [
        'Learners should provide a clear definition of organisational change.',
        'At least one internal and one external reason for organisational change should be outlined with examples to illustrate the points made.',
        'Learners should provide at least two examples of potential employee responses to organisational change; one positive response and one negative response.',
      ],
      minimums: [
        { criteria: ['1.2'], count: 1, what: 'internal reason for change, with examples', quote: 'At least one internal' },
        { criteria: ['1.2'], count: 1, what: 'external reason for change, with examples', quote: 'one external reason' },
        {
          criteria: ['1.3'],
          count: 2,
          what: 'examples of employee responses to change: one positive, one negative',
          quote: 'at least two examples of potential employee responses',
        },
      ],
    },
    2: {
      indicativeContent: [],
      guidance: [
        'Learners should provide at least two benefits of organisational change using examples. Centres may like to provide relevant case studies to provide a focus to support the assessment.',
        'A simple change management process should be described to illustrate understanding the steps involved in making change happen. This can include a recognised change model and if images are used the learner should describe it in their own words to show the understanding.',
      ],
      minimums: [{ criteria: ['2.1'], count: 2, what: 'benefits of organisational change, with examples', quote: 'at least two benefits' }],
    },
  },
  corrections: [
    { line: 1600, reads: 'The range of c lefinitions', reading: 'The range of definitions' },
    { line: 1601, reads: 'significant cha nge', reading: 'significant change' },
    { line: 1633, reads: 'a recognised change mod', reading: 'a recognised change model' },
  ],
};

export default L2L3;
