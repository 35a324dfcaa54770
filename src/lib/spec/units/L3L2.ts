import type { UnitOutline } from '../unit-spec';

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
 */
const L3L2: UnitOutline = {
  code: 'L3L2',
  title: 'Understand Remote Working',
  startLine: 1683,
  guidanceLine: 1735,
  outcomes: [
    {
      number: 1,
      text: 'Understand the nature of remote work',
      lines: [1690, 1691],
      criteria: [
        { code: '1.1', text: 'Define remote working', lines: [1690] },
        { code: '1.2', text: 'List the benefits of remote working for the organisation and individual sales professionals', lines: [1691, 1692] },
        { code: '1.3', text: 'Outline the potential challenges of remote working for sales professionals', lines: [1693, 1694] },
        { code: '1.4', text: 'Describe approaches that can be used to overcome remote working challenges', lines: [1695, 1696] },
      ],
    },
    {
      number: 2,
      text: 'Understand remote working practices for productivity and wellbeing',
      lines: [1697, 1698, 1699],
      criteria: [
        { code: '2.1', text: 'Describe the digital technology that supports remote working', lines: [1697] },
        { code: '2.2', text: 'Explain the work practices that support successful remote working and wellbeing', lines: [1698, 1699] },
      ],
    },
  ],
};

export default L3L2;
