import type { UnitContent } from '../unit-spec';

/** L3C4 Plan Sales Activities: seed 003 lines 1278–1360 (table 1284–1300, guidance 1348).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3C4.ts.
 */
const L3C4: UnitContent = {
  outcomes: {
    1: {
      // Line 1311, the first part of LO1's content, interleaves two columns past repair ("achievable, The range or
      // daily goals, to software etcomes lities of planning sales activities and recognising the need for time to"):
      // the bullets it held (on setting targets, organising daily activities and time for other obligations, it
      // seems) cannot be reconstructed and are left out. Only the two bullets after it are given.
      indicativeContent: [
        'How to identify when personal help is needed, e.g., a more experienced colleague, a product technical specialist etc.',
        'When and why others, especially more senior people, should be brought into the process',
      ],
      guidance: [
        'Learners should explain how to set personal sales targets (linked to team targets) using the SMART model. At least two examples of SMART sales targets should be provided. They should describe at least three techniques that can be used to manage their time to organise their daily activities. The description should make links to how each helps to achieve personal targets using workplace examples. Learners should outline three examples of other work obligations that sales professionals have and how to include time to accommodate these when organising sales activities. They should provide at least three reasons covering why they may need to seek support from others, including engaging a more senior staff member.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'examples of SMART sales targets', quote: 'At least two examples of SMART sales targets' },
        { criteria: ['1.2'], count: 3, what: 'time-management techniques for organising daily activities, each linked to achieving personal targets', quote: 'at least three techniques' },
        { criteria: ['1.3'], count: 3, what: 'other work obligations, with how to include time for them', quote: 'three examples of other work obligations' },
        { criteria: ['1.4'], count: 3, what: 'reasons for seeking support from others', quote: 'at least three reasons' },
      ],
    },
    2: {
      // Line 1325 repeats the examples of the contact-methods bullet (line 1324). The consulting bullet (1333–1334)
      // ends "e.g.," with no examples after it; it is given without the dangling "e.g.,".
      indicativeContent: [
        'The sales cycle to structure and progress sales contacts',
        'How to prioritise customers and prospects, according to their potential value and probability of a sale, to create objectives and targets',
        'Ways to estimate the resource and budget requirements of the planned sales activities',
        'How to estimate the time available to spend on each customer and prospect',
        'The range of customer contact methods that can be used in sales activities, e.g., in-person, phone, email, social media, webinars, direct mail etc.',
        'How to plan time efficiently, e.g., when a remote meeting can achieve the same objective with less time and spend',
        'How to define what you want to achieve from each contact. When contacting them during sales activities',
        'How to access and use relevant sales digital tools to support activities efficiently, e.g., customer relationship management (CRM) system, online tools etc.',
        'Sales activity plans: incorporate all required areas; organisation procedures for sales activity plans; SMART; SWOT; legal, ethical, regulatory considerations; structure; documentation; presentation; sign off, etc.',
        'Why it is important and useful to consult sales colleagues when planning sales activities',
        'The key colleagues and stakeholders that should be consulted during planning',
        'How to adjust planned sales activities based on colleague feedback',
      ],
      guidance: [
        'Learners should evidence planning their sales activities over at least a one-month period with clear links between activities and their prioritised customer and prospects lists.',
        'The planning evidence must include an estimate of resources and budget required to complete the activities. Learners should consult with at least one colleague when finalising their plans. This may be their line manager or a colleague in their team.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 1, what: 'month (at least) that the sales activity plan covers', quote: 'at least a one-month period' },
        { criteria: ['2.3'], count: 1, what: 'colleague consulted when finalising the plans', quote: 'at least one colleague' },
      ],
    },
    3: {
      indicativeContent: [
        "Measure success: incorporate agreed indicators; KPI's, cost/profit ratios; growth targets; budget/target ratios; recording and reporting mechanisms; manager / stakeholder agreement; internal communications, etc",
        'Potential issues: anticipate/identify potential problems; find appropriate solutions to problems; annotate plan implementation; agree annotations with manager; internal communications, etc.',
        'Evaluate: organisation practices for monitoring and controlling sales activities; organisation evaluation requirements; organisation success requirements; if plan off track - actions required; internal comms procedures; recording and reporting, etc.',
      ],
      guidance: [
        "Learners should state the indicators that they are using to measure the success of their planning activities. They should analyse at least two potential issues that may affect the achievement of planned activities and evaluate their personal sales planning in the context of their own organisation's requirements.",
      ],
      minimums: [
        { criteria: ['3.2'], count: 2, what: 'potential issues that may affect the planned activities', quote: 'at least two potential issues' },
      ],
    },
  },
  corrections: [
    { line: 1313, reads: 'a mor experienced', reading: 'a more experienced' },
    // A stray "1" from the left column before the last word of the LO3 "Evaluate" bullet.
    { line: 1346, reads: '1\tetc.', reading: 'etc.' },
  ],
};

export default L3C4;
