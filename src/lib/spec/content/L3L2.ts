import type { UnitContent } from '../unit-spec';

/**
 * L3L2 Understand Remote Working: seed 003 lines 1683–1740 (table 1689–1699, guidance 1735).
 * The indicative content (1712–1733) lost the left part of most lines; only the last bullet is
 * whole (with the line-end "dedicate" of 1728 cut short). Left out, beyond reconstruction, each
 * missing its opening and words within:
 * - LO1, 1712–1713: "…by remote working and how definitions and terms used by different organisations";
 * - LO1, 1714–1716: "…f remote working for organisations, e.g., increased productivity, …loyee
 *   satisfaction and morale, cost savings, reduced employee …ss to a wider talent pool, reduced
 *   carbon footprint etc.";
 * - LO1, 1717–1719: "…balance, reduced commuting time and costs, increased productivity, reduced
 *   …ncreased job satisfaction, improved mental and physical health, …n footprint, increased
 *   learning and development opportunities etc." (the benefits for individuals, it seems);
 * - LO1, 1720–1722: "…nallenges that sales professionals may face when working remotely, e.g., lack
 *   of meaningful social interaction with colleagues, being distracted from …pgy problems etc.";
 * - LO2, 1723–1726: "…hnology that can support remote working, e.g., cloud computing, video
 *   conferencing, project management tools, collaboration tools, communication tools, security
 *   tools, virtual private networks (VPNs), remote desk… software, whiteboard apps etc.".
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3L2.ts.
 */
const L3L2: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [],
      guidance: [
        "Learners should provide a definition of remote working in their own words by drawing on how the term has been defined by different organisations. They should list at least three benefits of remote working for the organisation, and at least three benefits for remote working from an employee's perspective. Learners should outline at least two potential challenges that sales professionals who work remotely may face and describe approaches that can be used to overcome these challenges.",
      ],
      minimums: [
        { criteria: ['1.2'], count: 3, what: 'benefits of remote working for the organisation', quote: 'at least three benefits of remote working for the organisation' },
        { criteria: ['1.2'], count: 3, what: "benefits of remote working from an employee's perspective", quote: "at least three benefits for remote working from an employee's perspective" },
        { criteria: ['1.3', '1.4'], count: 2, what: 'challenges of remote working, each with approaches to overcome it', quote: 'at least two potential challenges' },
      ],
    },
    2: {
      indicativeContent: [
        'The range of work practices that support successful remote working and wellbeing, e.g., setting clear expectations and parameters, establishing a dedicated workspace, managing time, regular communication, using digital technology tools, allocating time for wellbeing etc.',
      ],
      guidance: [
        'Learners should describe at least three types of digital technology that can support remote working, giving examples of how each is used. They should explain at least three work practices that support successful remote working and wellbeing.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'types of digital technology, each with how it is used', quote: 'at least three types of digital technology' },
        { criteria: ['2.2'], count: 3, what: 'work practices for remote working and wellbeing', quote: 'at least three work practices' },
      ],
    },
  },
  corrections: [{ line: 1728, reads: 'establishing a dedicate', reading: 'establishing a dedicated' }],
};

export default L3L2;
